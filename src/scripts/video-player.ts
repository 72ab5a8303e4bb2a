/**
 * Makes the article's video and its moment links work together: drill and timestamp
 * links (`a[data-seek]`) play the page's own player from their second, and a shared
 * `?t=` address primes the player at that moment.
 */
import "./lite-youtube-config";
import "lite-youtube-embed";
import { scriptStrings as strings } from "../lib/strings";
import { shareMoment } from "./moment-share";
import { currentMoment, readSharedMoment } from "../lib/time";
import {
  YOUTUBE_EMBED_ORIGIN,
  YOUTUBE_LISTENING_MESSAGE,
  playerReport,
  youtubePlayerCommand,
  youtubePlayerParams,
  youtubeWatchUrl,
} from "../lib/youtube";

/** Links to a moment of the video: drills and summary timestamps (`TimeLink`). */
const MOMENT_LINK = "a[data-seek]";

interface LiteYouTubeElement extends HTMLElement {
  activate(): Promise<void>;
}

const LiteYouTube = customElements.get("lite-youtube") as (CustomElementConstructor & { preconnected?: boolean }) | undefined;
// The package preconnects to YouTube, Google and DoubleClick on hover and focus. Marking
// the connections as made keeps the page from contacting anyone before the reader asks.
if (LiteYouTube) LiteYouTube.preconnected = true;

const player = document.querySelector<LiteYouTubeElement>("lite-youtube");
if (player) enhance(player);

function enhance(player: LiteYouTubeElement): void {
  const duration = Number(player.dataset["duration"]);
  const frame = loadedPlayerFrame(player);
  const note = player.closest("figure")?.querySelector<HTMLElement>(".player-note");
  const watchLink = player.closest("figure")?.querySelector<HTMLAnchorElement>(".watch-link");
  const momentShare = player.closest("figure")?.querySelector<HTMLElement>("[data-moment-share]");
  const videoId = player.getAttribute("videoid") ?? "";
  const starts = momentStarts();

  /** Points "Watch on YouTube" at the moment the reader is at, so leaving for YouTube loses nothing. */
  function watchFrom(seconds: number): void {
    if (watchLink) watchLink.href = youtubeWatchUrl(videoId, seconds > 0 ? Math.floor(seconds) : undefined);
  }

  // Phones and Apple browsers need YouTube's iframe API script. When it cannot load (YouTube
  // blocked or down), say so, point to YouTube, and give the play control back for a retry.
  let failedScript: HTMLScriptElement | undefined;
  player.addEventListener(
    "error",
    (event) => {
      if (!(event.target instanceof HTMLScriptElement)) return;
      failedScript = event.target;
      failedScript.remove(); // a retry adds a fresh one
      player.classList.remove("lyt-activated");
      if (note) note.textContent = strings.playerFailed;
    },
    true, // a script's error event does not bubble
  );
  // The package's activation then rejects with that error event: handled above, not an error.
  window.addEventListener("unhandledrejection", (event) => {
    if (event.reason instanceof Event && event.reason.target === failedScript) event.preventDefault();
  });

  // Repeat toggles: one drill at a time. Turning one on starts its drill within the tap itself,
  // as phones need for playing; the loop is src/scripts/drill-repeat.ts's, which loads once
  // the reader first presses something and asks for seeks with `player-seek` events.
  const toggles = [...document.querySelectorAll<HTMLButtonElement>("[data-drill-list] button.repeat")];
  for (const toggle of toggles) {
    toggle.addEventListener("click", () => {
      const on = toggle.getAttribute("aria-pressed") !== "true";
      for (const other of toggles) other.setAttribute("aria-pressed", String(on && other === toggle));
      const start = Number(toggle.closest("li")?.dataset["start"]);
      if (!on || !Number.isSafeInteger(start)) return;
      playFrom(start);
      toggle.focus({ preventScroll: true }); // starting the player takes focus; the reader pressed a toggle
    });
    toggle.dataset["ready"] = "";
  }

  document.addEventListener("player-seek", (event) => {
    if (event instanceof CustomEvent && Number.isSafeInteger(event.detail)) playFrom(event.detail as number);
  });

  // While the video plays, keep the drill being played marked as current and the moment on
  // offer to share, and pass the position on (`player-report`) to whatever follows it.
  void frame.then((iframe) => iframe.contentWindow?.postMessage(YOUTUBE_LISTENING_MESSAGE, YOUTUBE_EMBED_ORIGIN));
  window.addEventListener("message", (event) => {
    if (event.origin !== YOUTUBE_EMBED_ORIGIN) return;
    const report = playerReport(event.data);
    if (!report) return;
    const time = report.currentTime;
    if (time !== undefined) {
      markCurrent(currentMoment(starts, time));
      watchFrom(time);
      if (momentShare) shareMoment(momentShare, time);
    }
    document.dispatchEvent(new CustomEvent("player-report", { detail: report }));
  });

  function playFrom(seconds: number): void {
    watchFrom(seconds);
    if (!player.classList.contains("lyt-activated")) {
      player.setAttribute("params", youtubePlayerParams(seconds));
      void player.activate();
      return;
    }
    // Already playing: seek inside the running player instead of reloading it.
    void frame.then((iframe) => {
      iframe.contentWindow?.postMessage(youtubePlayerCommand("seekTo", [seconds, true]), YOUTUBE_EMBED_ORIGIN);
      iframe.contentWindow?.postMessage(youtubePlayerCommand("playVideo"), YOUTUBE_EMBED_ORIGIN);
    });
  }

  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(MOMENT_LINK) : null;
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // new tab or window: let it go to YouTube
    const seconds = Number(link.dataset["seek"]);
    if (!Number.isSafeInteger(seconds)) return;
    event.preventDefault();
    playFrom(seconds);
    markCurrent(seconds);
    // Top of the player at the top of the screen: the drill list under it stays in view.
    // Smooth or not follows the stylesheet's scroll-behavior (off under reduced motion).
    player.scrollIntoView({ block: "start" });
    // Take keyboard and screen-reader focus to the player, unless the reader has moved on.
    void frame.then((iframe) => {
      if (document.activeElement === link || document.activeElement === document.body) iframe.focus({ preventScroll: true });
    });
    const address = new URL(location.href);
    address.searchParams.set("t", String(seconds));
    address.hash = "";
    history.replaceState(history.state, "", address);
  });

  // A drill's share page comes primed at the drill; a `?t=` in the address takes precedence.
  const primed = player.dataset["start"] === undefined ? undefined : Number(player.dataset["start"]);
  const shared = new URLSearchParams(location.search).get("t");
  if (shared === null && primed === undefined) return;
  const moment = shared === null ? undefined : readSharedMoment(shared, duration);
  if (moment && moment.kind !== "moment" && note) {
    note.textContent =
      moment.kind === "past-end"
        ? strings.deepLinkPastEnd(moment.seconds, player.dataset["length"] ?? "", primed)
        : strings.deepLinkUnreadable(primed);
  }
  const seconds = moment?.kind === "moment" ? moment.seconds : primed;
  if (seconds !== undefined) {
    player.setAttribute("params", youtubePlayerParams(seconds));
    watchFrom(seconds);
    const label = player.querySelector(".play-label");
    if (label) label.textContent = strings.playVideoFrom(seconds);
    markCurrent(seconds);
  }
  // The page opened at the player already (src/scripts/open-at-player.ts).
}

function momentLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>(MOMENT_LINK)];
}

/** The seconds the page's moment links start at, in order. */
function momentStarts(): number[] {
  return [...new Set(momentLinks().map((link) => Number(link.dataset["seek"])))].sort((a, b) => a - b);
}

let marked: number | undefined;

/** Marks the links to the moment being played (none before the first), in the drill list and the summary. */
function markCurrent(seconds: number | undefined): void {
  if (seconds === marked) return;
  marked = seconds;
  for (const link of momentLinks()) {
    if (Number(link.dataset["seek"]) === seconds) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}

/**
 * The player's iframe once it has loaded (commands posted earlier would be lost). The
 * package adds it on activation, directly or through YouTube's iframe API; either way it
 * gets the video's title as its accessible name.
 */
function loadedPlayerFrame(player: HTMLElement): Promise<HTMLIFrameElement> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const iframe = player.querySelector("iframe");
      if (!iframe) return;
      observer.disconnect();
      iframe.title = player.dataset["playerTitle"] ?? iframe.title;
      iframe.addEventListener(
        "load",
        () => {
          resolve(iframe);
        },
        { once: true },
      );
    });
    observer.observe(player, { childList: true, subtree: true });
  });
}
