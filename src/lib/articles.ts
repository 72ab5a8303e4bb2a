import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import type { Chapter } from "./article-schema";
import { PLACEHOLDER_YOUTUBE_ID } from "./youtube";

export type ArticleEntry = CollectionEntry<"articles">;

let warned = false;

/** Every article, newest first. Warns once per build about videos still on the placeholder id. */
export async function getArticles(): Promise<ArticleEntry[]> {
  const articles = await getCollection("articles");
  if (!warned) {
    warned = true;
    for (const article of articles) {
      if (article.data.video.youtubeId === PLACEHOLDER_YOUTUBE_ID) {
        console.warn(
          `[articles] ${article.filePath ?? article.id}: video.youtubeId is still the placeholder "${PLACEHOLDER_YOUTUBE_ID}"; set it to the video's 11-character YouTube id (see README).`,
        );
      }
    }
  }
  return articles.sort((a, b) => b.data.publishDate.valueOf() - a.data.publishDate.valueOf());
}

/** One static path per article, for routes under `[slug]`. */
export async function getArticlePaths() {
  const articles = await getArticles();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

/** One static path per drill, for the share pages under `[slug]/[drill]`. */
export async function getDrillPaths() {
  const articles = await getArticles();
  return articles.flatMap((article) =>
    article.data.chapters.map((chapter) => ({
      params: { slug: article.id, drill: chapter.slug },
      props: { article, chapter },
    })),
  );
}

/**
 * The article an article route is showing. Components placed inside MDX (the video, the
 * timestamp links) use it to reach their article's data without the author repeating it.
 */
export async function getArticleForRoute(params: Record<string, string | undefined>): Promise<ArticleEntry> {
  const slug = params["slug"];
  const article = slug ? await getEntry("articles", slug) : undefined;
  if (!article) {
    throw new Error(
      `This component belongs inside an article page (a route with a [slug] of an article); got slug ${JSON.stringify(slug)}`,
    );
  }
  return article;
}

/** The drill a drill share page (a route with a [drill]) is about; none on the article page itself. */
export function getDrillForRoute(article: ArticleEntry, params: Record<string, string | undefined>): Chapter | undefined {
  const slug = params["drill"];
  if (slug === undefined) return undefined;
  const chapter = article.data.chapters.find((candidate) => candidate.slug === slug);
  if (!chapter) throw new Error(`${article.filePath ?? article.id} has no chapter with the slug ${JSON.stringify(slug)}`);
  return chapter;
}
