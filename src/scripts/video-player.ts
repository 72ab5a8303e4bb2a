/**
 * The article's video, and the one owner of its state (see ./player-events.ts): `player`.
 * A shared `?t=` address or a drill's page primes it at a moment; moment links (`a[data-seek]`:
 * drills and times in the text) play it from their second; the drill list asks it to repeat a
 * drill; and while it plays it follows the player's reports: the drill being played is marked,
 * "Watch on YouTube" and "Share from" follow the moment, and a repeating drill loops.
 */
import "./lite-youtube-config";
import "lite-youtube-embed";
import "./share-button";
import { loopAfterJump, loopStep, startLoop, type Loop } from "../lib/browser/drill-loop";
import type { Span } from "../lib/browser/drill-span";
import { addressAtMoment, momentOfAddress } from "../lib/browser/moment-address";
import { scriptStrings as strings } from "../lib/browser/strings";
import { currentMoment, formatMinutes } from "../lib/browser/time";
import {
  YOUTUBE_EMBED_ORIGIN,
  YOUTUBE_LISTENING_MESSAGE,
  playerReport,
  youtubePlayerCommand,
  youtubePlayerParams,
  youtubeWatchUrl,
  type PlayerReport,
} from "../lib/browser/youtube";
import { REPEAT_CHANGE } from "./player-events";

interface LiteYouTubeElement extends HTMLElement {
  activate(): Promise<void>;
}

const LiteYouTube = customElements.get("lite-youtube") as (CustomElementConstructor & { preconnected?: boolean }) | undefined;
// The package preconnects to YouTube, Google and DoubleClick on hover and focus. Marking
// the connections as made keeps the page from contacting anyone before the reader asks.
if (LiteYouTube) LiteYouTube.preconnected = true;

export class VideoPlayer {
  /** The drills a moment link can move the loop to: the drill list's, which it gives here. */
  drills: readonly Span[] = [];

  /** The moment being played, in whole seconds: where the player last said it was, or was sent. */
  #moment: number | undefined;
  /** The drill repeating, and where its loop stands. */
  #loop: Loop | undefined;
  /** The whole second "Share from" offers, once the video has played. */
  #shareFrom: number | undefined;

  readonly #video: LiteYouTubeElement;
  /** The player with what goes under it: the note, "Share from" and "Watch on YouTube". */
  readonly #figure: Element;
  readonly #frame: Promise<HTMLIFrameElement>;
  /** The page's moment links, each with its second, and those seconds in order. */
  readonly #links = new Map<HTMLAnchorElement, number>();
  readonly #starts: number[];
  /** The second whose moment links are marked as being played. */
  #marked: number | undefined;

  constructor(video: LiteYouTubeElement) {
    this.#video = video;
    this.#figure = video.closest("figure") ?? video;
    this.#frame = loadedPlayerFrame(video);
    for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-seek]")) {
      const seconds = Number(link.dataset["seek"]);
      if (Number.isSafeInteger(seconds)) this.#links.set(link, seconds);
    }
    this.#starts = [...new Set(this.#links.values())].sort((a, b) => a - b);

    // Phones and Apple browsers need YouTube's iframe API script. When it cannot load (YouTube
    // blocked or down), say so, point to YouTube, and give the play control back for a retry.
    let failedScript: HTMLScriptElement | undefined;
    video.addEventListener(
      "error",
      (event) => {
        if (!(event.target instanceof HTMLScriptElement)) return;
        failedScript = event.target;
        failedScript.remove(); // a retry adds a fresh one
        video.classList.remove("lyt-activated");
        this.#say(strings.playerFailed);
      },
      true, // a script's error event does not bubble
    );
    // The package's activation then rejects with that error event: handled above, not an error.
    window.addEventListener("unhandledrejection", (event) => {
      if (event.reason instanceof Event && event.reason.target === failedScript) event.preventDefault();
    });

    // Once the player is there, it reports its position to the page.
    void this.#frame.then((iframe) => iframe.contentWindow?.postMessage(YOUTUBE_LISTENING_MESSAGE, YOUTUBE_EMBED_ORIGIN));
    window.addEventListener("message", (event) => {
      if (event.origin !== YOUTUBE_EMBED_ORIGIN) return;
      const report = playerReport(event.data);
      if (report) this.#follow(report);
    });

    // Every moment link's click, the reader's or one replayed by the page's loader.
    document.addEventListener("click", (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-seek]") : null;
      const seconds = link ? this.#links.get(link) : undefined;
      if (!link || seconds === undefined || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // new tab or window: let it go to YouTube
      event.preventDefault();
      this.#playFrom(seconds);
      if (this.#loop) this.#repeat(loopAfterJump(this.drills, seconds, performance.now()));
      // Top of the player at the top of the screen: the drill list under it stays in view.
      // Smooth or not follows the stylesheet's scroll-behavior (off under reduced motion).
      video.scrollIntoView({ block: "start" });
      // Take keyboard and screen-reader focus to the player, unless the reader has moved on.
      void this.#frame.then((iframe) => {
        if (document.activeElement === link || document.activeElement === document.body) iframe.focus({ preventScroll: true });
      });
      history.replaceState(history.state, "", addressAtMoment(location.href, seconds));
    });

    this.#prime();
  }

  /** The drill repeating, if any. */
  get repeating(): Span | undefined {
    return this.#loop?.span;
  }

  /** Repeats `drill`, starting it now, or stops repeating with `undefined`. */
  repeat(drill: Span | undefined): void {
    this.#repeat(drill && startLoop(drill, performance.now()));
    if (drill) this.#playFrom(drill.start);
  }

  #repeat(loop: Loop | undefined): void {
    const was = this.#loop?.span;
    this.#loop = loop;
    if (loop?.span !== was) document.dispatchEvent(new CustomEvent(REPEAT_CHANGE, { detail: { drill: loop?.span, was } }));
  }

  /** A drill's page comes primed at the drill; a `?t=` in the address takes precedence. */
  #prime(): void {
    const video = this.#video;
    const duration = Number(video.dataset["duration"]);
    const drillStart = video.dataset["start"] === undefined ? undefined : Number(video.dataset["start"]);
    const shared = momentOfAddress(new URL(location.href), duration);
    if (shared?.kind === "past-end") this.#say(strings.deepLinkPastEnd(shared.seconds, formatMinutes(duration), drillStart));
    if (shared?.kind === "unreadable") this.#say(strings.deepLinkUnreadable(drillStart));
    const primed = shared?.kind === "moment" ? shared.seconds : drillStart;
    if (primed === undefined) return;
    // The package's play control starts the player from its parameters.
    video.setAttribute("params", youtubePlayerParams(primed));
    const label = video.querySelector(".play-label");
    if (label) label.textContent = strings.playVideoFrom(primed);
    this.#watchFrom(primed);
    this.#mark(primed);
    // The page opened at the player already (src/scripts/open-at-player.ts).
  }

  /** Plays from `seconds`: starts the player there, or seeks the one already playing. */
  #playFrom(seconds: number): void {
    const video = this.#video;
    this.#moveTo(seconds);
    if (!video.classList.contains("lyt-activated")) {
      video.setAttribute("params", youtubePlayerParams(seconds));
      void video.activate();
      return;
    }
    // Already playing: seek inside the running player instead of reloading it.
    void this.#frame.then((iframe) => {
      iframe.contentWindow?.postMessage(youtubePlayerCommand("seekTo", [seconds, true]), YOUTUBE_EMBED_ORIGIN);
      iframe.contentWindow?.postMessage(youtubePlayerCommand("playVideo"), YOUTUBE_EMBED_ORIGIN);
    });
  }

  /** What the player reports: the moment it is at, and a repeating drill's loop. */
  #follow(report: PlayerReport): void {
    const time = report.currentTime;
    if (time !== undefined) {
      this.#moveTo(time);
      this.#offerShareFrom(Math.floor(time));
    }
    if (!this.#loop) return;
    const { loop, seekTo } = loopStep(this.#loop, report, performance.now());
    this.#loop = loop;
    if (seekTo !== undefined) this.#playFrom(seekTo);
  }

  /** The moment being played is now `time`: its drill is marked, and "Watch on YouTube" leaves from there. */
  #moveTo(time: number): void {
    const second = Math.floor(time);
    if (second === this.#moment) return;
    this.#moment = second;
    this.#mark(currentMoment(this.#starts, second));
    this.#watchFrom(second);
  }

  /** Points "Watch on YouTube" at `second`, so leaving for YouTube loses nothing. */
  #watchFrom(second: number): void {
    const link = this.#figure.querySelector<HTMLAnchorElement>(".watch-link");
    const videoId = this.#video.getAttribute("videoid");
    if (link && videoId) link.href = youtubeWatchUrl(videoId, second > 0 ? second : undefined);
  }

  /** Shows "Share from" at `second`, sharing the article's address at that moment. */
  #offerShareFrom(second: number): void {
    const share = this.#figure.querySelector("share-button");
    if (!share || second === this.#shareFrom) return;
    this.#shareFrom = second;
    share.url = addressAtMoment(share.url, second);
    share.rename(strings.shareFrom(second));
    share.hidden = false;
  }

  /** Marks the links to the moment at `second` (none for `undefined`) as being played, in the drill list and the text. */
  #mark(second: number | undefined): void {
    if (second === this.#marked) return;
    this.#marked = second;
    for (const [link, seconds] of this.#links) {
      if (seconds === second) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
  }

  /** Says something about the video under it (a `?t=` it cannot play, a player that failed to load). */
  #say(text: string): void {
    const note = this.#figure.querySelector(".player-note");
    if (note) note.textContent = text;
  }
}

const video = document.querySelector<LiteYouTubeElement>("lite-youtube");
/** The page's video, when it has one. */
export const player = video ? new VideoPlayer(video) : undefined;

/**
 * The player's iframe once it has loaded (commands posted earlier would be lost). The
 * package adds it on activation, directly or through YouTube's iframe API; either way it
 * gets the video's title as its accessible name.
 */
function loadedPlayerFrame(video: HTMLElement): Promise<HTMLIFrameElement> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const iframe = video.querySelector("iframe");
      if (!iframe) return;
      observer.disconnect();
      iframe.title = video.dataset["playerTitle"] ?? iframe.title;
      iframe.addEventListener(
        "load",
        () => {
          resolve(iframe);
        },
        { once: true },
      );
    });
    observer.observe(video, { childList: true, subtree: true });
  });
}
