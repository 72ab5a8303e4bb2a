import { PLACEHOLDER_YOUTUBE_ID } from "../browser/youtube";

/**
 * Ids that are real videos but not anyone's article: the examples of YouTube's and
 * lite-youtube-embed's documentation, copied into countless templates.
 */
const EXAMPLE_VIDEO_IDS = new Set(["dQw4w9WgXcQ", "M7lc1UVf-VE", "ogfYd705cRs"]);

/** Words a placeholder is written with; long enough that no real id contains one by chance. */
const PLACEHOLDER_WORDS = ["videoid", "youtubeid", "yourvideo", "placeholder", "example", "changeme", "replaceme"];

/**
 * Why a video id looks like a placeholder rather than the article's video ("is a well-known
 * example video"), or nothing when it looks like a real one. Real ids are 11 random
 * characters: they never repeat one character, count up, or spell a word like "VIDEO_ID".
 */
export function placeholderVideoIdReason(id: string): string | undefined {
  if (id === PLACEHOLDER_YOUTUBE_ID) return "is the placeholder";
  if (EXAMPLE_VIDEO_IDS.has(id)) return "is a well-known example video, not this article's";
  if (new Set(id).size <= 3) return "repeats the same few characters, like a placeholder";
  if (/0123|1234|2345|3456|4567|5678|6789|abcd|bcde|cdef/i.test(id)) return "counts up, like a placeholder";
  const letters = id.toLowerCase().replace(/[-_]/g, "");
  if (PLACEHOLDER_WORDS.some((word) => letters.includes(word))) return "reads like a placeholder";
  return undefined;
}
