import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getArticlePaths } from "../lib/content/articles";
import { articleMarkdown } from "../lib/build/markdown-twin";
import { absoluteUrl, articlePath, drillPath } from "../lib/browser/site-paths";

/** The article as Markdown (`/<slug>.md`): its text, summary and drills, for readers and agents. */
export const getStaticPaths = getArticlePaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { article } = props;
  const markdown = articleMarkdown({
    article: article.data,
    body: article.body ?? "",
    file: article.filePath ?? article.id,
    articleUrl: absoluteUrl(articlePath(article.id), site),
    drillUrl: (slug) => absoluteUrl(drillPath(article.id, slug), site),
  });
  return new Response(markdown, { headers: { "Content-Type": "text/markdown; charset=utf-8" } });
};
