/**
 * `<drill-list>`: the drills under the video, each with a toggle that repeats it. A press asks
 * the player to repeat that drill, or to stop; the toggles then show what the player says
 * repeats (`REPEAT_CHANGE`), which also follows the reader to another drill's link, and the
 * change is announced in the words the toggle carries. Only this writes the toggles' state.
 */
import type { Span } from "../lib/browser/drill-span";
import { REPEAT_CHANGE } from "./player-events";
import { player as pagePlayer } from "./video-player";

interface Drill {
  span: Span;
  toggle: HTMLButtonElement;
}

export class DrillList extends HTMLElement {
  connectedCallback(): void {
    const player = pagePlayer;
    if (!player) throw new Error("<drill-list> repeats the drills of the page's video, and it has none");
    const status = this.querySelector("[data-repeat-status]");
    const drills: Drill[] = [...this.querySelectorAll<HTMLElement>("li[data-start][data-end]")].flatMap((row) => {
      const toggle = row.querySelector<HTMLButtonElement>("button.repeat");
      const span = { start: Number(row.dataset["start"]), end: Number(row.dataset["end"]) };
      return toggle && Number.isSafeInteger(span.start) && Number.isSafeInteger(span.end) ? [{ span, toggle }] : [];
    });
    player.drills = drills.map(({ span }) => span);

    for (const { span, toggle } of drills) {
      toggle.addEventListener("click", () => {
        const on = player.repeating !== span;
        player.repeat(on ? span : undefined);
        if (on) toggle.focus({ preventScroll: true }); // starting the player takes focus; the reader pressed a toggle
      });
    }

    document.addEventListener(REPEAT_CHANGE, ({ detail: { drill, was } }) => {
      for (const { span, toggle } of drills) toggle.setAttribute("aria-pressed", String(span === drill));
      const toggleOf = (target: Span | undefined) => drills.find(({ span }) => span === target)?.toggle;
      const said = drill ? toggleOf(drill)?.dataset["announceOn"] : toggleOf(was)?.dataset["announceOff"];
      if (status && said) status.textContent = said;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "drill-list": DrillList;
  }
}

if (!customElements.get("drill-list")) customElements.define("drill-list", DrillList);
