/**
 * Repeating a drill: the loop itself, loaded once the reader first presses something. The
 * player script keeps the repeat toggles' state (one pressed at a time), starts a drill when
 * its toggle is turned on and reports the player's position (`player-report` events); this
 * follows the toggles, says each change to screen readers (in the words the toggle carries),
 * moves the loop when the reader follows another drill's link, and asks the player to go back
 * to the drill's start (`player-seek`) whenever the position reaches the end of its span.
 */

import type { PlayerReport } from "../lib/youtube";

interface Drill {
  toggle: HTMLButtonElement;
  start: number;
  end: number;
}

/** A seek that has not shown in the player's reports yet is asked for again after this long. */
const RESEND_MS = 1500;

const list = document.querySelector<HTMLElement>("[data-drill-list]");
const status = list?.querySelector("[data-repeat-status]");
const drills: Drill[] = [...(list?.querySelectorAll<HTMLElement>("li[data-start][data-end]") ?? [])].flatMap((row) => {
  const toggle = row.querySelector<HTMLButtonElement>("button.repeat");
  const start = Number(row.dataset["start"]);
  const end = Number(row.dataset["end"]);
  return toggle && Number.isSafeInteger(start) && Number.isSafeInteger(end) ? [{ toggle, start, end }] : [];
});
let active: Drill | undefined;
let rewoundAt = -Infinity;

/** Takes up the toggles' state: the pressed one repeats, and the change is announced. */
function follow(): void {
  const pressed = drills.find(({ toggle }) => toggle.getAttribute("aria-pressed") === "true");
  if (pressed === active) return;
  const before = active;
  active = pressed;
  if (pressed) rewoundAt = performance.now(); // the drill has just been started from its beginning
  const said = pressed?.toggle.dataset["announceOn"] ?? before?.toggle.dataset["announceOff"];
  if (status && said) status.textContent = said;
}

// Once every listener has had the press, whichever script loaded first.
const afterPress = (then: () => void) => setTimeout(then);

follow(); // the press that brought this script may have turned a drill on already
for (const { toggle } of drills) {
  toggle.addEventListener("click", () => {
    afterPress(follow);
  });
}

document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLElement>("a[data-seek]") : null;
  afterPress(() => {
    // Only a moment link the player played in the page (it prevents the link's default).
    if (!active || !link || !event.defaultPrevented) return;
    const seconds = Number(link.dataset["seek"]);
    for (const { toggle, start } of drills) toggle.setAttribute("aria-pressed", String(start === seconds));
    follow();
  });
});

document.addEventListener("player-report", (event) => {
  if (!active || !(event instanceof CustomEvent)) return;
  const { currentTime, ended } = event.detail as PlayerReport;
  if (currentTime !== undefined && currentTime < active.end && !ended) {
    if (currentTime >= active.start) rewoundAt = -Infinity; // the seek has landed
    return;
  }
  if (performance.now() - rewoundAt < RESEND_MS) return; // reports from before the seek
  rewoundAt = performance.now();
  document.dispatchEvent(new CustomEvent("player-seek", { detail: active.start }));
});
