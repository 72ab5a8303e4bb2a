/**
 * "Share from 5:01" beside "Watch on YouTube" (`[data-moment-share]`, a `share-button`): hidden
 * until the video has played, then following the moment the player reports, in whole seconds.
 * It shares the article's address with `?t=` at that second.
 */
import { scriptStrings as strings } from "../lib/strings";

export function shareMoment(control: HTMLElement, seconds: number): void {
  const second = Math.floor(seconds);
  const url = new URL(control.dataset["url"] ?? location.href);
  if (!control.hidden && url.searchParams.get("t") === String(second)) return;
  url.searchParams.set("t", String(second));
  control.dataset["url"] = url.href;
  control.querySelector(".share")?.setAttribute("aria-label", strings.shareFrom(second));
  const text = control.querySelector(".share-text");
  if (text) text.textContent = strings.shareFrom(second);
  control.hidden = false;
}
