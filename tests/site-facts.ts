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
}

export interface ArticleFacts {
  /** The file's name without `.mdx`: the article's folder on the site. */
  slug: string;
  /** Its path from the root of the site ("/article/"). */
  path: string;
  title: string;
  description: string;
  publishDate: string;
  videoId: string;
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
  video: { youtubeId: string; duration: string };
  chapters: { title: string; at: string; end?: string; slug: string }[];
}

function frontmatterOf(file: string): Frontmatter {
  const text = readFileSync(new URL(file, ARTICLES), "utf8");
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (block === undefined) throw new Error(`content/articles/${file} has no frontmatter`);
  // Dates stay as written ("2026-11-25"), as the page prints them.
  return parse(block, { schema: "core" }) as Frontmatter;
}

function factsOf(file: string, data: Frontmatter): ArticleFacts {
  const slug = file.replace(/\.mdx$/, "");
  const path = `/${slug}/`;
  const duration = secondsOf(data.video.duration);
  const starts = data.chapters.map((chapter) => secondsOf(chapter.at));
  return {
    slug,
    path,
    title: data.title,
    description: data.description,
    publishDate: String(data.publishDate),
    videoId: data.video.youtubeId,
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
      };
    }),
  };
}

/** Every published article (drafts left out, as the build leaves them), oldest first. */
export const ARTICLES_ON_SITE: ArticleFacts[] = readdirSync(ARTICLES)
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => ({ file, data: frontmatterOf(file) }))
  .filter(({ data }) => data.draft !== true)
  .sort((a, b) => String(a.data.publishDate).localeCompare(String(b.data.publishDate)) || a.file.localeCompare(b.file))
  .map(({ file, data }) => factsOf(file, data));

const first = ARTICLES_ON_SITE[0];
if (!first) throw new Error("content/articles has no published article for the tests to read");
if (first.drills.length < 2) throw new Error(`The tests walk from one drill to the next: ${first.slug} needs two drills`);

/** The first article: the one the site's tests read, watch and share. */
export const ARTICLE: ArticleFacts = first;

/** Its first and second drills, which the journeys jump between. */
export const [FIRST_DRILL, SECOND_DRILL] = first.drills as [DrillFacts, DrillFacts, ...DrillFacts[]];
