import type { APIRoute } from "astro";
import { SITE_NAME, SITE_TAGLINE } from "../consts";
import { getArticles } from "../lib/articles";
import { absoluteUrl, markdownPath } from "../lib/site-paths";
import { strings } from "../lib/strings";

/** The site for language models (llmstxt.org): what it is, and each article as Markdown. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  const lines = [
    `# ${SITE_NAME}`,
    "",
    `> ${SITE_TAGLINE}`,
    "",
    strings.llmsAbout,
    "",
    `## ${strings.articlesHeading}`,
    "",
    ...articles.map(({ id, data }) => `- [${data.title}](${absoluteUrl(markdownPath(id), site)}): ${data.description}`),
  ];
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
