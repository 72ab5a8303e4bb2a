import { readFileSync } from "node:fs";
import { getCollection, type CollectionEntry } from "astro:content";
import type { Chapter } from "./article-schema";
import { pendingContentError } from "./content-errors";
import { frontmatterLine } from "./frontmatter";
import { placeholderVideoIdReason } from "./placeholder-video-id";
import { heldBackMessage, localIsoDate, publicationStatus } from "./publication";
import { chapterSpans, type Span } from "../browser/drill-span";
import { indexTopics, topicSlug, type Topic } from "./topics";

export type ArticleEntry = CollectionEntry<"articles">;

/** `astro dev` shows drafts and scheduled articles (marked); a build leaves them out. */
const SHOWS_UNPUBLISHED = import.meta.env.SHOW_UNPUBLISHED;

let reported = false;

/**
 * The articles readers see, newest first: the only way pages, feeds and endpoints get
 * articles, so that a draft or a scheduled article is in none of them. In a build these are
 * the published articles; `astro dev` also shows drafts and scheduled ones (marked by
 * `PublicationNotice`). Once per build it prints the articles it held back and warns about
 * videos still on a placeholder id. While `astro dev` knows of a content mistake, it throws
 * it, so every page shows it in the error overlay until it is fixed.
 */
export async function getArticles(): Promise<ArticleEntry[]> {
  const mistake = pendingContentError();
  if (mistake) throw mistake;
  const all = await getCollection("articles");
  const today = localIsoDate(new Date());
  if (!reported) {
    reported = true;
    reportArticles(all, today);
  }
  return all
    .filter((article) => SHOWS_UNPUBLISHED || publicationStatus(article.data, today) === "published")
    .sort((a, b) => b.data.publishDate.valueOf() - a.data.publishDate.valueOf());
}

function reportArticles(articles: ArticleEntry[], today: string) {
  for (const article of articles) {
    const file = article.filePath ?? article.id;
    const { youtubeId } = article.data.video;
    const reason = placeholderVideoIdReason(youtubeId);
    if (reason) {
      const line = article.filePath ? frontmatterLine(readFileSync(article.filePath, "utf8"), ["video", "youtubeId"]) : undefined;
      console.warn(
        `[articles] ${file}${line ? `, line ${line}` : ""}: video.youtubeId "${youtubeId}" ${reason}. Replace the placeholder with the video's 11-character YouTube id (see README).`,
      );
    }
    const status = publicationStatus(article.data, today);
    if (!SHOWS_UNPUBLISHED && status !== "published") {
      console.info(`[articles] ${heldBackMessage(file, status, article.data.publishDate)}`);
    }
  }
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
  const article = slug ? (await getArticles()).find((candidate) => candidate.id === slug) : undefined;
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

/** The library's view of the articles and topics, worked out once per build (every page asks for it). */
interface Library {
  articles: ArticleEntry[];
  topics: Topic<ArticleEntry>[];
  /** Each topic's name by its slug. */
  names: Map<string, string>;
}

let library: Promise<Library> | undefined;
/** Each note about a topic's spellings is said once. */
const notedSpellings = new Set<string>();

/**
 * The articles (newest first, as getArticles gives them) and their topics. A build reads them
 * once: with every article page listing topics and more to read, reading them per page would
 * make the build grow with the square of the articles. The dev server reads them afresh each
 * time, so an edited topic shows at once.
 */
function getLibrary(): Promise<Library> {
  const read = async (): Promise<Library> => {
    const articles = await getArticles();
    const { topics, spellingNotes } = indexTopics(
      articles.map((article) => ({ id: article.id, topics: article.data.topics, file: article.filePath, article })),
    );
    for (const note of spellingNotes) {
      if (notedSpellings.has(note)) continue;
      notedSpellings.add(note);
      console.warn(`[topics] ${note}`);
    }
    const list = topics.map((topic) => ({ ...topic, articles: topic.articles.map(({ article }) => article) }));
    return { articles, topics: list, names: new Map(list.map(({ slug, name }) => [slug, name])) };
  };
  if (!import.meta.env.PROD) return read();
  library ??= read();
  return library;
}

/** Every article, newest first, for the library's lists; the same as getArticles, read once per build. */
export async function getLibraryArticles(): Promise<ArticleEntry[]> {
  return (await getLibrary()).articles;
}

/**
 * Every topic with its articles (newest first), topics by name. A topic spelled two ways in
 * different articles is one topic; the build says so once, naming the spellings and files.
 */
export async function getTopics(): Promise<Topic<ArticleEntry>[]> {
  return (await getLibrary()).topics;
}

/** An article's topics as links show them: the index's name for each, in the article's order. */
export async function getArticleTopics(article: ArticleEntry): Promise<{ slug: string; name: string }[]> {
  const { names } = await getLibrary();
  return (article.data.topics ?? []).map((name) => {
    const slug = topicSlug(name);
    return { slug, name: names.get(slug) ?? name };
  });
}

/** A drill as the library lists it: its article, its chapter and the part of the video it covers. */
export interface DrillRow {
  article: ArticleEntry;
  chapter: Chapter;
  span: Span;
}

/** Every drill of `articles`, article by article in the order given, each in the video's order. */
export function drillRows(articles: readonly ArticleEntry[]): DrillRow[] {
  return articles.flatMap((article) =>
    chapterSpans(article.data.chapters, article.data.video.duration).map(({ chapter, span }) => ({ article, chapter, span })),
  );
}
