import type { Span } from "./drill-span";
import type { PlayerReport } from "./youtube";

/**
 * Repeating a drill: when to send the player back to the drill's start. The player reports
 * its position a few times a second, so it is seen past the end of the span rather than at
 * it; and for a moment after a seek it can still report where it was before.
 */

/** A seek back that has not shown in the player's reports yet is asked for again after this long. */
export const LOOP_RESEND_MS = 1500;

/** A drill repeating: its span, and when (in ms) the loop last sent the player to its start, until a report shows it there. */
export interface Loop {
  readonly span: Span;
  readonly rewoundAt: number | undefined;
}

/** A loop that has just started its drill from the beginning, at `now`. */
export function startLoop(span: Span, now: number): Loop {
  return { span, rewoundAt: now };
}

/**
 * The loop after one report from the player, at `now`, and the second to send the player to,
 * if any. Playing inside the span goes on. At or past its end, however late the report, or
 * with the video ended (the last drill runs to the end of the video, where the player stops),
 * it goes back to the start, once: reports still showing the old position right after that
 * are from before the seek. A reader who takes the player elsewhere in the video keeps the
 * loop: from past the end it goes back to the start, and from before the start it plays on
 * into the drill and loops at its end.
 */
export function loopStep(loop: Loop, report: PlayerReport, now: number): { loop: Loop; seekTo?: number } {
  const { span, rewoundAt } = loop;
  const { currentTime, ended } = report;
  if (!ended && (currentTime === undefined || currentTime < span.end)) {
    // Inside the span the seek has landed; before it, the reader went back to watch the lead-in.
    return { loop: currentTime !== undefined && currentTime >= span.start ? { span, rewoundAt: undefined } : loop };
  }
  if (rewoundAt !== undefined && now - rewoundAt < LOOP_RESEND_MS) return { loop };
  return { loop: startLoop(span, now), seekTo: span.start };
}

/**
 * The loop once the reader follows a link to `seconds` in the page while a drill repeats: it
 * moves to the drill that starts there, or stops when no drill does (a time in the text).
 */
export function loopAfterJump(drills: readonly Span[], seconds: number, now: number): Loop | undefined {
  const drill = drills.find(({ start }) => start === seconds);
  return drill && startLoop(drill, now);
}
