import { describe, expect, it } from "vitest";
import { LOOP_RESEND_MS, loopAfterJump, loopStep, startLoop, type Loop } from "../../src/lib/browser/drill-loop";
import { chapterSpans, type Span } from "../../src/lib/browser/drill-span";
import type { PlayerReport } from "../../src/lib/browser/youtube";

const KNEELING: Span = { start: 260, end: 362 };
/** The last drill of an 8-minute video: it runs to the video's end. */
const STANDING: Span = { start: 362, end: 480 };

/** A report from the player: its position, and whether the video has ended. */
const at = (currentTime: number, ended = false): PlayerReport => ({ currentTime, ended });

/**
 * Feeds the loop the player's reports, each `[ms since the loop started, report]`, and gives
 * the seconds it sent the player to along the way, with the loop as it is at the end.
 */
function play(span: Span, ...reports: [number, PlayerReport][]): { seeks: number[]; loop: Loop } {
  let loop = startLoop(span, 0);
  const seeks: number[] = [];
  for (const [now, report] of reports) {
    const step = loopStep(loop, report, now);
    loop = step.loop;
    if (step.seekTo !== undefined) seeks.push(step.seekTo);
  }
  return { seeks, loop };
}

describe("repeating a drill", () => {
  it("lets the drill play, then sends the player back to its start at the end", () => {
    expect(play(KNEELING, [2000, at(300)], [3000, at(361.5)], [3250, at(362)]).seeks).toEqual([260]);
  });

  it("goes back when the player reports late, well past the end", () => {
    expect(play(KNEELING, [2000, at(363.7)]).seeks).toEqual([260]);
  });

  it("sends the player back once while its reports still show where it was before the seek", () => {
    expect(play(KNEELING, [2000, at(362.2)], [2250, at(362.4)], [2500, at(362.7)]).seeks).toEqual([260]);
  });

  it("asks again when the seek has not shown after a while", () => {
    expect(
      play(KNEELING, [2000, at(362.2)], [2000 + LOOP_RESEND_MS - 1, at(363.4)], [2000 + LOOP_RESEND_MS, at(363.6)]).seeks,
    ).toEqual([260, 260]);
  });

  it("loops every time round: once a report shows the drill playing again, the next end goes back at once", () => {
    expect(play(KNEELING, [2000, at(362.2)], [2250, at(260.3)], [2500, at(362.1)]).seeks).toEqual([260, 260]);
  });

  it("ignores reports from before the drill was started, when the player was past its end", () => {
    // The reader was at 6:40 and turned the loop on; the player is already on its way to 4:20.
    expect(play(KNEELING, [200, at(400.2)]).seeks).toEqual([]);
  });

  it("keeps a report without a position (and not ended) from doing anything", () => {
    expect(play(KNEELING, [2000, { ended: false }]).seeks).toEqual([]);
  });
});

describe("the last drill, which runs to the end of the video", () => {
  it("goes back when the player says the video has ended, even a little before the drill's end", () => {
    expect(play(STANDING, [5000, at(479.8, true)]).seeks).toEqual([362]);
  });

  it("goes back when the player says only that it has ended", () => {
    expect(play(STANDING, [5000, { ended: true }]).seeks).toEqual([362]);
  });
});

describe("a drill whose content gives an `end` before the next chapter starts", () => {
  const [first] = chapterSpans([{ at: 260, end: 301 }, { at: 362 }], 480);

  it("loops at its own end, not at the next chapter", () => {
    expect(first?.span).toEqual({ start: 260, end: 301 });
    const span = first?.span as Span;
    expect(play(span, [2000, at(300.9)]).seeks).toEqual([]);
    expect(play(span, [2000, at(301.1)]).seeks).toEqual([260]);
    // Between its end and the next chapter: still past the drill.
    expect(play(span, [2000, at(330)]).seeks).toEqual([260]);
  });
});

describe("the reader taking the video elsewhere while a drill repeats", () => {
  it("from the player, past the drill's end: the loop brings it back to the start", () => {
    expect(play(KNEELING, [4000, at(430)]).seeks).toEqual([260]);
  });

  it("from the player, before the drill's start: the loop stays on, plays into the drill and loops at its end", () => {
    const { seeks, loop } = play(KNEELING, [4000, at(100)], [5000, at(259.9)]);
    expect(seeks).toEqual([]);
    expect(loop.span).toBe(KNEELING);
    expect(play(KNEELING, [4000, at(100)], [5000, at(300)], [6000, at(362.3)]).seeks).toEqual([260]);
  });

  it("by a link in the page to another drill: the loop moves to that drill, just started", () => {
    const moved = loopAfterJump([KNEELING, STANDING], 362, 9000);
    expect(moved?.span).toBe(STANDING);
    // The jump itself started the drill: the old position's reports do not send it back again.
    expect(moved && loopStep(moved, at(300), 9100).seekTo).toBeUndefined();
    expect(moved && loopStep(moved, at(480, true), 12_000).seekTo).toBe(362);
  });

  it("by a link in the page to a time that starts no drill: the loop stops", () => {
    expect(loopAfterJump([KNEELING, STANDING], 301, 9000)).toBeUndefined();
  });
});
