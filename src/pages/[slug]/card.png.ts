import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { SITE_NAME } from "../../consts";
import { getArticlePaths } from "../../lib/content/articles";
import { cardResponse } from "../../lib/build/cards/card-response";
import { CARD_SIZE } from "../../lib/browser/site-paths";
import { strings } from "../../lib/browser/strings";
import { formatMinutes } from "../../lib/browser/time";

/** An article's social card: its title, the site name and the length of its video. */
export const getStaticPaths = getArticlePaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { data } = props.article;
  return cardResponse({
    ...CARD_SIZE,
    title: data.title,
    siteName: SITE_NAME,
    caption: strings.cardCaption(formatMinutes(data.video.duration), data.chapters.length),
  });
};
