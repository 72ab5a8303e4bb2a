import { z } from "astro/zod";
import { formatClockTime, parseClockTime } from "../browser/time";
import { topicSlug } from "./topics";
import { YOUTUBE_ID_PATTERN } from "../browser/youtube";

/** Quotes a received value for an error message the way it was written ("nothing" when it is missing). */
const shown = (value: unknown) =>
  typeof value === "string" ? `"${value}"` : value === undefined ? "nothing" : JSON.stringify(value);

/** A time in the video as authors write it ("4:20", "1:02:03"), read as whole seconds. */
const clockTime = z.string().transform((value, ctx) => {
  const seconds = parseClockTime(value);
  if (seconds === undefined) {
    ctx.addIssue({ code: "custom", message: `Expected a time like "4:20" (m:ss) or "1:02:03", got ${shown(value)}` });
    return z.NEVER;
  }
  return seconds;
});

/** A day of the calendar, written YYYY-MM-DD (2026-02-30 is none: JavaScript would roll it over into March). */
function calendarDay(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(text);
  return !Number.isNaN(date.valueOf()) && date.toISOString().startsWith(text) ? date : undefined;
}

/** A day, written YYYY-MM-DD (or already a date). */
const calendarDate = z.unknown().transform((value, ctx) => {
  const date = value instanceof Date ? value : typeof value === "string" ? calendarDay(value) : undefined;
  if (!date || Number.isNaN(date.valueOf())) {
    ctx.addIssue({ code: "custom", message: `Expected a date like 2026-11-25, got ${shown(value)}` });
    return z.NEVER;
  }
  return date;
});

/** Text that must be there, such as "title" (the article's), "video title" or "chapter title". */
const text = (what: string) =>
  z
    .string({ error: (issue) => `Expected the ${what} as text, got ${shown(issue.input)}` })
    .trim()
    .min(1, `The ${what} must not be empty`);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) => `Expected a slug of lowercase words joined by hyphens, got ${shown(issue.input)}`,
});

/** One moment of the video worth jumping to, such as a drill. */
export const chapterSchema = z.strictObject({
  /** What happens at this moment, as the drill list shows it. */
  title: text("chapter title"),
  /** Where it starts, "m:ss". */
  at: clockTime,
  /** Where it ends, "m:ss", when not where the next chapter starts (or the video ends). */
  end: clockTime.optional(),
  /** Names the chapter in addresses; unique within the article. */
  slug,
});

/** The article's YouTube video. */
export const videoSchema = z.strictObject({
  /** The 11-character YouTube id (the `v=` of a watch address). */
  youtubeId: z.string().regex(YOUTUBE_ID_PATTERN, {
    error: (issue) => `Expected a YouTube video id of exactly 11 characters (A-Z a-z 0-9 _ -), got ${shown(issue.input)}`,
  }),
  /** The video's own title: the player's accessible name. */
  title: text("video title"),
  /** Its length, "m:ss": every chapter must start before it ends. */
  duration: clockTime.refine((seconds) => seconds > 0, "A video must be longer than 0:00"),
});

/** The longest topic name: it is a label in lists and an address, not a sentence. */
export const TOPIC_MAX_LENGTH = 40;

/** A topic the article belongs to ("hips", "lower back"), as pages show it. */
const topic = text("topic")
  .max(TOPIC_MAX_LENGTH, {
    error: (issue) => `A topic is a short label of at most ${TOPIC_MAX_LENGTH} characters, got ${shown(issue.input)}`,
  })
  .refine((name) => name === "" || topicSlug(name) !== "", {
    error: (issue) => `A topic needs a letter or a digit to make its address from, got ${shown(issue.input)}`,
  });

/** The article's topics, each once (two spellings of one address, "Lower back" and "lower-back", are one topic). */
const topics = z
  .array(topic, { error: (issue) => `Expected topics as a list such as [hips, lower back], got ${shown(issue.input)}` })
  .superRefine((names, ctx) => {
    const seen = new Map<string, number>();
    names.forEach((name, index) => {
      const first = seen.get(topicSlug(name));
      if (first === undefined) {
        seen.set(topicSlug(name), index);
      } else {
        ctx.addIssue({
          code: "custom",
          path: [index],
          message: `"${name}" is already topics[${first}] ("${names[first] ?? ""}"): list each topic once`,
        });
      }
    });
  });

export const articleSchema = z
  .strictObject({
    /** The headline: the page's one h1. */
    title: text("title"),
    /** One sentence under the headline, also the page's meta description. */
    description: text("description"),
    /** First publication, YYYY-MM-DD. */
    publishDate: calendarDate,
    /** The last substantial revision, YYYY-MM-DD, if any. */
    updatedDate: calendarDate.optional(),
    /** Who wrote it, as the byline shows it. */
    author: text("author"),
    /** What it is about, for the topic pages: `[hips, lower back]`. */
    topics: topics.optional(),
    video: videoSchema,
    /** The video's key moments, in the order they happen. */
    chapters: z.array(chapterSchema),
    /**
     * Still being written: `astro dev` shows it, marked as a draft; a build leaves it out of
     * every page, list and feed.
     */
    draft: z.boolean({ error: (issue) => `Expected true or false, got ${shown(issue.input)}` }).optional(),
  })
  .superRefine(({ video, chapters }, ctx) => {
    const seen = new Map<string, number>();
    chapters.forEach((chapter, index) => {
      const previous = chapters[index - 1];
      if (chapter.at >= video.duration) {
        ctx.addIssue({
          code: "custom",
          path: ["chapters", index, "at"],
          message: `"${formatClockTime(chapter.at)}" is not inside the video, which is ${formatClockTime(video.duration)} long`,
        });
      }
      if (chapter.end !== undefined && chapter.end <= chapter.at) {
        ctx.addIssue({
          code: "custom",
          path: ["chapters", index, "end"],
          message: `"${formatClockTime(chapter.end)}" must come after the chapter's start, "${formatClockTime(chapter.at)}"`,
        });
      } else if (chapter.end !== undefined && chapter.end > video.duration) {
        ctx.addIssue({
          code: "custom",
          path: ["chapters", index, "end"],
          message: `"${formatClockTime(chapter.end)}" is not inside the video, which is ${formatClockTime(video.duration)} long`,
        });
      }
      if (chapter.at === previous?.at) {
        ctx.addIssue({
          code: "custom",
          path: ["chapters", index, "at"],
          message: `"${formatClockTime(chapter.at)}" is already the time of chapter ${index}: each chapter starts at its own moment`,
        });
      } else if (previous && chapter.at < previous.at) {
        ctx.addIssue({
          code: "custom",
          path: ["chapters", index, "at"],
          message: `"${formatClockTime(chapter.at)}" must come after the previous chapter's "${formatClockTime(previous.at)}": chapters are listed in the order they happen`,
        });
      }
      const first = seen.get(chapter.slug);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["chapters", index, "slug"],
          message: `"${chapter.slug}" is already the slug of chapter ${first + 1}: each chapter needs its own`,
        });
      } else {
        seen.set(chapter.slug, index);
      }
    });
  });

export type Article = z.infer<typeof articleSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Video = z.infer<typeof videoSchema>;
