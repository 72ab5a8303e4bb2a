/**
 * Repeat toggles in the drill list (`RepeatToggle`): one drill at a time plays its span in a
 * loop. The player script tells it where the player is; when the position reaches the end of
 * the drill's span, it sends the player back to the drill's start.
 */
import { formatSpan, type Span } from "../lib/drill-span";
import { scriptStrings as strings } from "../lib/strings";

interface Drill {
  row: HTMLElement;
  toggle: HTMLButtonElement;
  title: string;
  span: Span;
}

/** A seek that has not shown in the player's reports yet is sent again after this long. */
const RESEND_MS = 1500;

export class DrillRepeat {
  readonly #drills: Drill[];
  readonly #status: HTMLElement | null;
  readonly #playFrom: (seconds: number) => void;
  #active: Drill | undefined;
  #rewoundAt = -Infinity;

  /** @param playFrom plays the page's player from a second (starting it if needed) */
  constructor(list: HTMLElement, playFrom: (seconds: number) => void) {
    this.#playFrom = playFrom;
    this.#status = list.querySelector("[data-repeat-status]");
    this.#drills = [...list.querySelectorAll<HTMLElement>("li[data-start][data-end]")].flatMap((row) => {
      const toggle = row.querySelector<HTMLButtonElement>("button.repeat");
      const span = { start: Number(row.dataset["start"]), end: Number(row.dataset["end"]) };
      if (!toggle || !Number.isSafeInteger(span.start) || !Number.isSafeInteger(span.end)) return [];
      return [{ row, toggle, title: toggle.dataset["drillTitle"] ?? "", span }];
    });
    for (const drill of this.#drills) {
      drill.toggle.addEventListener("click", () => {
        this.#toggle(drill);
      });
      drill.toggle.dataset["ready"] = "";
    }
  }

  /** A moment link was followed: a running loop moves to the drill starting there, or stops. */
  followed(seconds: number): void {
    if (!this.#active) return;
    const drill = this.#drills.find((candidate) => candidate.span.start === seconds);
    if (drill) this.#start(drill);
    else this.#stop();
  }

  /** Where the player is now: at or past the end of the repeating drill, back to its start. */
  reported(seconds: number | undefined, ended: boolean): void {
    const drill = this.#active;
    if (!drill) return;
    if (seconds !== undefined && seconds < drill.span.end && !ended) {
      if (seconds >= drill.span.start) this.#rewoundAt = -Infinity; // the seek has landed
      return;
    }
    if (performance.now() - this.#rewoundAt < RESEND_MS) return; // reports from before the seek
    this.#rewoundAt = performance.now();
    this.#playFrom(drill.span.start);
  }

  #toggle(drill: Drill): void {
    if (this.#active === drill) {
      this.#stop();
      return;
    }
    this.#start(drill);
    this.#rewoundAt = performance.now();
    this.#playFrom(drill.span.start);
    // Starting the player takes focus to it; the reader pressed a toggle, and may want it again.
    drill.toggle.focus({ preventScroll: true });
  }

  #start(drill: Drill): void {
    if (this.#active === drill) return;
    if (this.#active) this.#mark(this.#active, false);
    this.#active = drill;
    this.#mark(drill, true);
    this.#say(strings.repeatOn(drill.title, formatSpan(drill.span)));
  }

  #stop(): void {
    const drill = this.#active;
    if (!drill) return;
    this.#active = undefined;
    this.#mark(drill, false);
    this.#say(strings.repeatOff(drill.title));
  }

  #mark(drill: Drill, on: boolean): void {
    drill.toggle.setAttribute("aria-pressed", String(on));
    drill.row.toggleAttribute("data-repeating", on);
  }

  #say(message: string): void {
    if (this.#status) this.#status.textContent = message;
  }
}
