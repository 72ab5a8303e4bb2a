import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { SITE_NAME } from "../../../consts";
import { getDrillPaths } from "../../../lib/content/articles";
import { cardResponse } from "../../../lib/build/cards/card-response";
import { CARD_SIZE } from "../../../lib/browser/site-paths";
import { strings } from "../../../lib/browser/strings";
import { formatClockTime } from "../../../lib/browser/time";

/** A drill's social card: its time in a chip, its name, and the article it belongs to. */
export const getStaticPaths = getDrillPaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { article, chapter } = props;
  return cardResponse({
    ...CARD_SIZE,
    title: chapter.title,
    chip: formatClockTime(chapter.at),
    siteName: SITE_NAME,
    caption: strings.drillCardCaption(article.data.title),
  });
};
