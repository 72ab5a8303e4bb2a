/**
 * What the site's own content says, read from `content/articles/*.mdx` the way an author wrote
 * it: the first article's address, title and video, and each of its drills. The tests take
 * every title, time and address of the real site from here, so editing the article (a new
 * title, a drill moved to another second) changes what they expect instead of breaking them.
 *
 * The times are read with a few lines of their own rather than the site's parser: a test that
 * asked the site's code what "4:20" means could not catch that code getting it wrong.
 */
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { TEST_SITE } from "../tools/test-site.ts";

const ARTICLES = new URL("../content/articles/", import.meta.url);

export interface DrillFacts {
  title: string;
  /** Its own page's folder under the article ("kneeling-hip-internal-rotator-stretch"). */
  slug: string;
  /** Its time as the author wrote it and the page prints it ("4:20"). */
  at: string;
  /** The second it starts at (260). */
  seconds: number;
  /** The second it ends at: its own `end`, else the next drill's start, else the end of the video. */
  end: number;
  /** Start to end as the page prints it ("4:20–6:02"). */
  span: string;
  /** Its page's path from the root of the site ("/article/drill/"). */
  path: string;
  /** The address a reader shares: its page on the site's public address. */
  sharedAddress: string;
  /** The words of the article's own link to this second in its text (`<Timestamp>`), if it has one. */
  textLink?: string;
}

export interface ArticleFacts {
  /** The file's name without `.mdx`: the article's folder on the site. */
  slug: string;
  /** The file, from the root of the repository ("content/articles/slug.mdx"). */
  file: string;
  /** Its path from the root of the site ("/article/"). */
  path: string;
  title: string;
  description: string;
  publishDate: string;
  videoId: string;
  videoTitle: string;
  /** The video's length in seconds (480), and as written ("8:00"). */
  duration: number;
  durationClock: string;
  drills: DrillFacts[];
}

/** Seconds of an author's clock time: "4:20" → 260, "1:02:03" → 3723. */
export function secondsOf(clock: string): number {
  if (!/^\d+(:\d\d){1,2}$/.test(clock)) throw new Error(`Not a clock time: ${JSON.stringify(clock)}`);
  return clock.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}

/** A second as the page prints it: 362 → "6:02", 3723 → "1:02:03". */
export function clockOf(seconds: number): string {
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

interface Frontmatter {
  title: string;
  description: string;
  publishDate: string | Date;
  draft?: boolean;
  video: { youtubeId: string; title: string; duration: string };
  chapters: { title: string; at: string; end?: string; slug: string }[];
}

function read(file: string): { data: Frontmatter; body: string } {
  const text = readFileSync(new URL(file, ARTICLES), "utf8");
  const [, block, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text) ?? [];
  if (block === undefined || body === undefined) throw new Error(`content/articles/${file} has no frontmatter`);
  // Dates stay as written ("2026-11-25"), as the page prints them.
  return { data: parse(block, { schema: "core" }) as Frontmatter, body };
}

/** The article's links to a second in its text, `<Timestamp at="4:20">4 min 20 secs</Timestamp>`, by second. */
function textLinksOf(body: string): Map<number, string> {
  const links = [...body.matchAll(/<Timestamp at="([^"]+)">([^<]+)<\/Timestamp>/g)];
  return new Map(links.map(([, at, words]) => [secondsOf(at as string), (words as string).trim()]));
}

function factsOf(file: string, { data, body }: { data: Frontmatter; body: string }): ArticleFacts {
  const textLinks = textLinksOf(body);
  const slug = file.replace(/\.mdx$/, "");
  const path = `/${slug}/`;
  const duration = secondsOf(data.video.duration);
  const starts = data.chapters.map((chapter) => secondsOf(chapter.at));
  return {
    slug,
    file: `content/articles/${file}`,
    path,
    title: data.title,
    description: data.description,
    publishDate: String(data.publishDate),
    videoId: data.video.youtubeId,
    videoTitle: data.video.title,
    duration,
    durationClock: data.video.duration,
    drills: data.chapters.map((chapter, index) => {
      const seconds = starts[index] as number;
      const end = chapter.end === undefined ? (starts[index + 1] ?? duration) : secondsOf(chapter.end);
      const drillPath = `${path}${chapter.slug}/`;
      return {
        title: chapter.title,
        slug: chapter.slug,
        at: chapter.at,
        seconds,
        end,
        span: `${clockOf(seconds)}–${clockOf(end)}`,
        path: drillPath,
        sharedAddress: new URL(drillPath, TEST_SITE).href,
        ...(textLinks.has(seconds) ? { textLink: textLinks.get(seconds) as string } : {}),
      };
    }),
  };
}

/** Every published article (drafts left out, as the build leaves them), oldest first. */
export const ARTICLES_ON_SITE: ArticleFacts[] = readdirSync(ARTICLES)
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => ({ file, ...read(file) }))
  .filter(({ data }) => data.draft !== true)
  .sort((a, b) => String(a.data.publishDate).localeCompare(String(b.data.publishDate)) || a.file.localeCompare(b.file))
  .map((article) => factsOf(article.file, article));

const first = ARTICLES_ON_SITE[0];
if (!first) throw new Error("content/articles has no published article for the tests to read");
const [firstDrill, secondDrill] = first.drills;
if (!firstDrill || !secondDrill) throw new Error(`The tests walk from one drill to the next: ${first.slug} needs two drills`);
for (const drill of [firstDrill, secondDrill]) {
  if (!drill.textLink) throw new Error(`The tests follow the text's link to each drill: ${first.slug} has none to ${drill.at}`);
}

/** The first article: the one the site's tests read, watch and share. */
export const ARTICLE: ArticleFacts = first;

type LinkedDrill = DrillFacts & { textLink: string };
/** Its first and second drills, which the journeys jump between; the text links to both. */
export const FIRST_DRILL = firstDrill as LinkedDrill;
export const SECOND_DRILL = secondDrill as LinkedDrill;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A pattern matching text that starts with `text` exactly. */
export const startingWith = (text: string) => new RegExp(`^${escaped(text)}`);
/** A pattern matching `text` and nothing more. */
export const exactly = (text: string) => new RegExp(`^${escaped(text)}$`);
