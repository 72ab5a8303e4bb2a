import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { cardResponse } from "../../lib/build/cards/card-response";
import { posterCard } from "../../lib/build/cards/cards";
import { getArticlePaths } from "../../lib/content/articles";

/** The video poster: a first-party picture, so nothing is fetched from YouTube before play. */
export const getStaticPaths = getArticlePaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => cardResponse(posterCard(props.article.data));
