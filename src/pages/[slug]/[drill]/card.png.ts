import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { cardResponse } from "../../../lib/build/cards/card-response";
import { drillCard } from "../../../lib/build/cards/cards";
import { getDrillPaths } from "../../../lib/content/articles";

/** A drill's social card (see cards.ts for what it shows). */
export const getStaticPaths = getDrillPaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => cardResponse(drillCard(props.article.data, props.chapter).content);
