/**
 * Settings lite-youtube-embed reads when it upgrades `<lite-youtube>`, so this module must
 * run before the package's own module (the player script imports it first).
 */
import { YOUTUBE_EMBED_ORIGIN } from "../lib/browser/youtube";

declare global {
  interface Window {
    /** Read by YouTube's iframe API as the default host of the players it builds. */
    YTConfig?: { host: string };
  }
}

// The package fetches its poster from i.ytimg.com unless the element's inline style already
// sets a background image. Ours is drawn by the page inside the element; "none" satisfies
// the package without fetching anything.
for (const player of document.querySelectorAll<HTMLElement>("lite-youtube")) {
  player.style.backgroundImage = "none";
}

// On phones and Apple browsers the package builds the player through YouTube's iframe API,
// which would frame www.youtube.com; keep that player on the privacy-enhanced origin too.
window.YTConfig = { host: YOUTUBE_EMBED_ORIGIN };
