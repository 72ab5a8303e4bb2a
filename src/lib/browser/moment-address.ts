import { readSharedMoment, type SharedMoment } from "./time";

/**
 * A moment of an article's video as an address of the article: `?t=362` opens the page with
 * its player at that second. Every read and write of the parameter goes through this module:
 * the page's own address, "Share from", and the key moments of the structured data. (The
 * script that opens the page at its player before the first paint only asks whether there is
 * one, and can import nothing: see src/scripts/open-at-player.ts.)
 */
const MOMENT_PARAM = "t";

/**
 * The moment `address` asks for, read for a video `durationSeconds` long (`?t=362`, `?t=6m2s`,
 * `?t=6:02`…), or `undefined` when it asks for none.
 */
export function momentOfAddress(address: URL, durationSeconds: number): SharedMoment | undefined {
  const value = address.searchParams.get(MOMENT_PARAM);
  return value === null ? undefined : readSharedMoment(value, durationSeconds);
}

/**
 * `address` opening at `seconds`: its `?t=` set, replacing any, and its other parameters kept.
 * Any `#fragment` goes: the page opens at its player, not at a heading.
 */
export function addressAtMoment(address: string | URL, seconds: number): string {
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw new RangeError(`A moment must be a whole number of seconds from 0, got ${seconds}`);
  }
  const url = new URL(address);
  url.searchParams.set(MOMENT_PARAM, String(seconds));
  url.hash = "";
  return url.href;
}
