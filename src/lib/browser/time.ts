/**
 * Video times: the clock form authors write in content ("4:20"), the forms readers
 * share in `?t=` links, and the forms pages print. Every parser returns whole seconds,
 * or `undefined` for anything it does not recognise; none of them throws.
 */

const CLOCK = /^(?:(\d+):([0-5]\d)|(\d+)):([0-5]\d)$/;
const BARE_SECONDS = /^\d+$/;
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Reads a clock time: "m:ss" ("4:20", "12:05") or "h:mm:ss" ("1:02:03"). */
export function parseClockTime(text: string): number | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const [, hours, minutesWithHours, minutes, seconds] = match;
  if (hours !== undefined) {
    return wholeSeconds(Number(hours) * 3600 + Number(minutesWithHours) * 60 + Number(seconds));
  }
  return wholeSeconds(Number(minutes) * 60 + Number(seconds));
}

/**
 * Reads a shared time the way YouTube's `t=` does ("260", "260s", "4m20s", "1h2m3s"),
 * plus the clock forms ("4:20", "1:02:03").
 */
export function parseTimestamp(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (value === "") return undefined;
  if (value.includes(":")) return parseClockTime(value);
  if (BARE_SECONDS.test(value)) return wholeSeconds(Number(value));
  const match = UNITS.exec(value);
  if (!match) return undefined;
  const [, hours = "0", minutes = "0", seconds = "0"] = match;
  return wholeSeconds(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds));
}

/** What a shared `?t=` value means for a video: a moment to play from, or why it cannot be one. */
export type SharedMoment = { kind: "moment"; seconds: number } | { kind: "past-end"; seconds: number } | { kind: "unreadable" };

/**
 * Reads a shared `?t=` value for a video of `durationSeconds`. A time past the end keeps its
 * seconds so the page can say which moment it was, in its own words; anything else is only
 * "unreadable", so nothing of the address itself ever reaches the page.
 */
export function readSharedMoment(text: string, durationSeconds: number): SharedMoment {
  const seconds = parseTimestamp(text);
  if (seconds === undefined) return { kind: "unreadable" };
  return seconds < durationSeconds ? { kind: "moment", seconds } : { kind: "past-end", seconds };
}

/**
 * Which of the moments starting at `starts` (in order) is playing at `seconds`: the last one
 * that has begun, or `undefined` before the first.
 */
export function currentMoment(starts: readonly number[], seconds: number): number | undefined {
  let current: number | undefined;
  for (const start of starts) {
    if (start <= seconds) current = start;
  }
  return current;
}

/** "4:20", "6:02", "1:02:03": the way a time is printed on the page. */
export function formatClockTime(totalSeconds: number): string {
  const { hours, minutes, seconds } = split(totalSeconds);
  const ss = String(seconds).padStart(2, "0");
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, "0")}:${ss}`;
  return `${minutes}:${ss}`;
}

/** ISO 8601 duration ("PT4M20S"), for `<time datetime>` and structured data. */
export function formatIsoDuration(totalSeconds: number): string {
  const { hours, minutes, seconds } = split(totalSeconds);
  if (totalSeconds === 0) return "PT0S";
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
}

/** "2026-11-25": a calendar day (read from frontmatter as UTC midnight) in ISO 8601. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "8 min" for a video's length, rounded to the nearest minute (at least 1). */
export function formatMinutes(totalSeconds: number): string {
  return `${Math.max(1, Math.round(totalSeconds / 60))} min`;
}

/** Digits long enough to lose precision are not a time anyone meant. */
function wholeSeconds(seconds: number): number | undefined {
  return Number.isSafeInteger(seconds) ? seconds : undefined;
}

function split(totalSeconds: number) {
  if (!Number.isSafeInteger(totalSeconds) || totalSeconds < 0) {
    throw new RangeError(`A video time must be a whole number of seconds from 0, got ${totalSeconds}`);
  }
  return {
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}
