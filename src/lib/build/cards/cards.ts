import { SITE_NAME, SITE_TAGLINE } from "../../../consts";
import { CARD_SIZE } from "../../browser/site-paths";
import { strings } from "../../browser/strings";
import { formatClockTime, formatMinutes } from "../../browser/time";
import type { Article, Chapter } from "../../content/article-schema";
import type { CardContent } from "./card-image";

/**
 * What each of the site's pictures shows, and how a page describes its card to a reader who
 * cannot see it. The card endpoints (`card.png`, `posters/`) draw what these say; the layouts
 * put the alt text in the page's head. The look is card-image.ts's, from the card tokens.
 */

/** A social card: what it shows, and its alt text for the page that shares it. */
export interface SocialCard {
  content: CardContent;
  alt: string;
}

/** The site's own card, for the home page, the library's pages and pages without one of their own. */
export function siteCard(): SocialCard {
  return {
    content: { ...CARD_SIZE, title: SITE_TAGLINE, siteName: SITE_NAME },
    alt: strings.siteCardAlt(SITE_NAME, SITE_TAGLINE),
  };
}

/** An article's card: its title, the site name, the length of its video and how many drills. */
export function articleCard(article: Article): SocialCard {
  return {
    content: {
      ...CARD_SIZE,
      title: article.title,
      siteName: SITE_NAME,
      caption: strings.cardCaption(formatMinutes(article.video.duration), article.chapters.length),
    },
    alt: strings.articleCardAlt(article.title, SITE_NAME),
  };
}

/** A drill's card: its time in a chip, its name, and the article it belongs to. */
export function drillCard(article: Article, drill: Chapter): SocialCard {
  const time = formatClockTime(drill.at);
  return {
    content: {
      ...CARD_SIZE,
      title: drill.title,
      chip: time,
      siteName: SITE_NAME,
      caption: strings.drillCardCaption(article.title),
    },
    alt: strings.drillCardAlt(drill.title, time, SITE_NAME),
  };
}

/** The size of a video poster: the video's own shape. */
const POSTER_SIZE = { width: 1280, height: 720 } as const;

/**
 * The video's poster as a picture (structured data names it): the video's title and the site
 * name. On the page the player draws the same poster in HTML, hidden from screen readers, so it
 * has no alt text.
 */
export function posterCard(article: Article): CardContent {
  return { ...POSTER_SIZE, title: article.video.title, siteName: SITE_NAME };
}
