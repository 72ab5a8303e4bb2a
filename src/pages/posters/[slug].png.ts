import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { SITE_NAME } from "../../consts";
import { getArticlePaths } from "../../lib/content/articles";
import { cardResponse } from "../../lib/build/cards/card-response";

/** The video poster: a first-party picture, so nothing is fetched from YouTube before play. */
const POSTER_SIZE = { width: 1280, height: 720 } as const;

export const getStaticPaths = getArticlePaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { data } = props.article;
  return cardResponse({
    ...POSTER_SIZE,
    title: data.video.title,
    siteName: SITE_NAME,
  });
};
