import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { SITE_NAME, SITE_TAGLINE } from "../consts";
import { getArticles } from "../lib/content/articles";
import { absoluteUrl, articlePath, homePath } from "../lib/browser/site-paths";

/** The articles as an RSS feed, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: absoluteUrl(homePath(), site),
    trailingSlash: true,
    items: articles.map(({ id, data }) => ({
      title: data.title,
      description: data.description,
      pubDate: data.publishDate,
      link: absoluteUrl(articlePath(id), site),
    })),
    customData: "<language>en</language>",
  });
};
