/**
 * How the article's video and its controls talk. `player` (./video-player.ts) owns the player's
 * state: the second it is primed at, the moment being played, the drill repeating and the
 * moment "Share from" offers. Others ask it for things by calling its methods, and hear back
 * through the events below, dispatched on `document`. Nothing reads state back from the
 * page's markup: ARIA attributes are written for screen readers, each by one writer.
 *
 * The markup the scripts look for:
 * - `lite-youtube[data-duration][data-start][data-player-title]`: the video (its length in
 *   seconds, the second a drill's page is primed at, the player's name), with `.play-label`;
 *   around it, the `figure` holding what the player updates: `.player-note`, `.watch-link` and
 *   "Share from", its `share-button`.
 * - `a[data-seek]`: a link to a moment of the video (a drill, a time in the text).
 * - `<drill-list>`: rows `li[data-start][data-end]` (the drill's span) with a `button.repeat`
 *   carrying what to announce (`data-announce-on`, `data-announce-off`) in `[data-repeat-status]`.
 * - `share-button[data-url][data-title]` around its link `a.share` (and its words, `.share-text`)
 *   and its `.share-status`.
 * And what lite-youtube-embed and YouTube read: the `lyt-activated` class the package puts on
 * a started player, and `window.YTConfig`, YouTube's iframe API's host (./lite-youtube-config.ts).
 */
import type { Span } from "../lib/browser/drill-span";

/** The drill repeating changed: `drill` repeats now (none when off), `was` repeated before. */
export const REPEAT_CHANGE = "player-repeat-change";

export interface RepeatChange {
  drill: Span | undefined;
  was: Span | undefined;
}

declare global {
  interface DocumentEventMap {
    [REPEAT_CHANGE]: CustomEvent<RepeatChange>;
  }
}
