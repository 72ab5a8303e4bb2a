import type { APIRoute } from "astro";
import { SITE_NAME, SITE_TAGLINE } from "../consts";
import { drillRows, getArticles } from "../lib/content/articles";
import { formatSpan } from "../lib/browser/drill-span";
import { absoluteUrl, drillPath, drillsPath, markdownPath } from "../lib/browser/site-paths";
import { strings } from "../lib/browser/strings";

/** The site for language models (llmstxt.org): what it is, each article as Markdown, and every drill. */
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
  const drills = drillRows(articles);
  if (drills.length > 0) {
    lines.push(
      "",
      `## ${strings.drillsTitle}`,
      "",
      strings.llmsDrillsAbout(absoluteUrl(drillsPath(), site)),
      "",
      ...drills.map(
        ({ article, chapter, span }) =>
          `- [${chapter.title}](${absoluteUrl(drillPath(article.id, chapter.slug), site)}): ${formatSpan(span)} in the video of “${article.data.title}”`,
      ),
    );
  }
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
