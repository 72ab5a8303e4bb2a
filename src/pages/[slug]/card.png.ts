import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { cardResponse } from "../../lib/build/cards/card-response";
import { articleCard } from "../../lib/build/cards/cards";
import { getArticlePaths } from "../../lib/content/articles";

/** An article's social card (see cards.ts for what it shows). */
export const getStaticPaths = getArticlePaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => cardResponse(articleCard(props.article.data).content);
