import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentMoment, formatClockTime, parseClockTime, parseTimestamp, readSharedMoment } from "../../src/lib/browser/time";

/** Up to ten hours, in seconds: longer than any video the site will show. */
const second = fc.nat({ max: 10 * 3600 - 1 });
const duration = fc.integer({ min: 1, max: 10 * 3600 });
/** A second and a video length: any two, or a second right around the end of the video. */
const secondAndLength = fc.oneof(
  fc.tuple(second, duration),
  duration.chain((length) => fc.tuple(fc.integer({ min: Math.max(0, length - 2), max: length + 2 }), fc.constant(length))),
);

/**
 * What a `?t=` value can be: anything at all, text made of the characters times are written
 * with (so the parser's every branch is reached), and digit runs too long to be exact.
 */
const timeLikeCharacter = fc.constantFrom(...Array.from("0123456789:hmsHMS \t-+.e"), "\u0663", "\uff10", "\u00a0");
const sharedValue = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: timeLikeCharacter, maxLength: 14 }),
  fc.stringMatching(/^\d{12,30}s?$/),
);

/** The same second in each form a reader may share it. */
function sharedForms(seconds: number): string[] {
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const clock = h > 0 ? `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}` : `${m}:${String(s).padStart(2, "0")}`;
  return [`${seconds}`, `${seconds}s`, `${h}h${m}m${s}s`, `${h * 60 + m}m${s}s`, clock, ` ${seconds}S `];
}

/** Whatever text it is given, `parse` does not throw and gives a whole second from 0 or nothing. */
function expectWholeSecondOrNothing(parse: (text: string) => number | undefined): void {
  fc.assert(
    fc.property(sharedValue, (text) => {
      const seconds = parse(text);
      expect(seconds === undefined || (Number.isSafeInteger(seconds) && seconds >= 0)).toBe(true);
    }),
  );
}

describe("reading a shared ?t= value", () => {
  it("never throws, and gives a whole second from 0 or nothing", () => {
    expectWholeSecondOrNothing(parseTimestamp);
  });

  it("gives a second inside the video or nothing, whatever the value and the video's length", () => {
    fc.assert(
      fc.property(sharedValue, duration, (text, length) => {
        const moment = readSharedMoment(text, length);
        if (moment.kind === "moment")
          expect(Number.isInteger(moment.seconds) && moment.seconds >= 0 && moment.seconds < length).toBe(true);
      }),
    );
  });

  it("reads every form of a second as that second", () => {
    fc.assert(
      fc.property(second, (seconds) => {
        for (const form of sharedForms(seconds)) expect(parseTimestamp(form), form).toBe(seconds);
      }),
    );
  });

  it("keeps a second before the end of the video and drops one at or after it", () => {
    fc.assert(
      fc.property(secondAndLength, ([seconds, length]) => {
        for (const form of sharedForms(seconds)) {
          expect(readSharedMoment(form, length), form).toEqual({ kind: seconds < length ? "moment" : "past-end", seconds });
        }
      }),
    );
  });
});

describe("clock times", () => {
  it("read back as the second they print", () => {
    fc.assert(
      fc.property(second, (seconds) => {
        expect(parseClockTime(formatClockTime(seconds))).toBe(seconds);
      }),
    );
  });

  it("never throw on any text", () => {
    expectWholeSecondOrNothing(parseClockTime);
  });
});

describe("the moment playing", () => {
  it("is the latest start at or before the position, or none before the first", () => {
    fc.assert(
      fc.property(fc.uniqueArray(second, { maxLength: 6 }), second, (unordered, position) => {
        const starts = unordered.toSorted((a, b) => a - b);
        const moment = currentMoment(starts, position);
        if (moment === undefined) {
          expect(starts.every((start) => start > position)).toBe(true);
        } else {
          expect(starts).toContain(moment);
          expect(moment).toBeLessThanOrEqual(position);
          expect(starts.some((start) => start > moment && start <= position)).toBe(false);
        }
      }),
    );
  });
});
