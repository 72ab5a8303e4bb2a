/**
 * Addresses and player commands for YouTube videos. The watch URL is what readers get
 * without JavaScript; the embed origin is the only one the page frames after a click.
 */

/** YouTube video ids are exactly 11 characters of the URL-safe base64 alphabet. */
export const YOUTUBE_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;

/** The privacy-enhanced origin the player is embedded from. */
export const YOUTUBE_EMBED_ORIGIN = "https://www.youtube-nocookie.com";

/** The origin of YouTube's iframe API script, which phones and Apple browsers need to autoplay. */
export const YOUTUBE_API_ORIGIN = "https://www.youtube.com";

/** The id shipped in content until the real video id is set; it passes the id check on purpose. */
export const PLACEHOLDER_YOUTUBE_ID = "SET_VIDEOID";

export function isYoutubeId(value: string): boolean {
  return YOUTUBE_ID_PATTERN.test(value);
}

/** `https://www.youtube.com/watch?v=ID`, with `&t=260s` when a start second is given. */
export function youtubeWatchUrl(videoId: string, startSeconds?: number): string {
  assertYoutubeId(videoId);
  const url = new URL("https://www.youtube.com/watch");
  url.searchParams.set("v", videoId);
  if (startSeconds !== undefined) {
    assertSecond(startSeconds);
    url.searchParams.set("t", `${startSeconds}s`);
  }
  return url.href;
}

/** The privacy-enhanced embed address, as structured data names the player. */
export function youtubeEmbedUrl(videoId: string): string {
  assertYoutubeId(videoId);
  return `${YOUTUBE_EMBED_ORIGIN}/embed/${videoId}`;
}

/**
 * Player parameters for the embed: the JS API on (so later drill links can seek
 * without reloading), related videos from the same channel only, and the start second.
 */
export function youtubePlayerParams(startSeconds: number): string {
  assertSecond(startSeconds);
  const params = new URLSearchParams({ enablejsapi: "1", rel: "0" });
  if (startSeconds > 0) params.set("start", String(startSeconds));
  return params.toString();
}

export type PlayerCommand = "seekTo" | "playVideo" | "pauseVideo";

/** A message the embedded player understands through `postMessage` (enablejsapi=1). */
export function youtubePlayerCommand(func: PlayerCommand, args: readonly unknown[] = []): string {
  return JSON.stringify({ event: "command", func, args });
}

/**
 * Asks the embedded player to report its state: after this message it posts
 * `infoDelivery` messages (with `currentTime`) back to the page.
 */
export const YOUTUBE_LISTENING_MESSAGE = JSON.stringify({ event: "listening", id: 1, channel: "widget" });

/** What the embedded player reports in its `infoDelivery` messages, as far as the page uses it. */
export interface PlayerReport {
  /** The playback position in seconds, when the message carries one. */
  currentTime?: number;
  /** Whether playback has reached the end of the video (YouTube's player state 0). */
  ended: boolean;
}

/** The report in a message from the embedded player; `undefined` for any other message. */
export function playerReport(message: unknown): PlayerReport | undefined {
  if (typeof message !== "string") return undefined;
  let data: unknown;
  try {
    data = JSON.parse(message);
  } catch {
    return undefined; // not a player message
  }
  if (typeof data !== "object" || data === null) return undefined;
  const info = (data as { info?: unknown }).info;
  if (typeof info !== "object" || info === null) return undefined;
  const { currentTime: time, playerState } = info as { currentTime?: unknown; playerState?: unknown };
  const ended = playerState === 0;
  if (typeof time === "number" && Number.isFinite(time) && time >= 0) return { currentTime: time, ended };
  return ended ? { ended } : undefined;
}

function assertYoutubeId(videoId: string): void {
  if (!isYoutubeId(videoId)) {
    throw new TypeError(`"${videoId}" is not a YouTube video id: expected 11 characters of A-Z, a-z, 0-9, _ or -`);
  }
}

function assertSecond(seconds: number): void {
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw new RangeError(`A start time must be a whole number of seconds from 0, got ${seconds}`);
  }
}
