import { describe, expect, it } from "vitest";
import { chapterSpans, formatSpan } from "../../src/lib/browser/drill-span";

const spansOf = (chapters: { at: number; end?: number }[], videoDuration: number) =>
  chapterSpans(chapters, videoDuration).map(({ span }) => span);

const EIGHT_MINUTES = 480;

describe("chapterSpans", () => {
  it("runs a chapter to the next one's start, and the last to the end of the video", () => {
    expect(spansOf([{ at: 260 }, { at: 362 }], EIGHT_MINUTES)).toEqual([
      { start: 260, end: 362 },
      { start: 362, end: 480 },
    ]);
  });

  it("ends a chapter where its own end says, before or after the next one starts", () => {
    expect(
      spansOf(
        [
          { at: 260, end: 301 },
          { at: 362, end: 420 },
        ],
        EIGHT_MINUTES,
      ),
    ).toEqual([
      { start: 260, end: 301 },
      { start: 362, end: 420 },
    ]);
    expect(spansOf([{ at: 10, end: 90 }, { at: 60 }], EIGHT_MINUTES)[0]).toEqual({ start: 10, end: 90 });
  });

  it("gives a lone chapter the rest of the video", () => {
    expect(spansOf([{ at: 0 }], 95)).toEqual([{ start: 0, end: 95 }]);
  });

  it("keeps each chapter beside its span", () => {
    const chapters = [{ at: 260 }, { at: 362 }];
    expect(chapterSpans(chapters, EIGHT_MINUTES).map(({ chapter }) => chapter)).toEqual(chapters);
  });

  it("gives no chapters no spans", () => {
    expect(spansOf([], EIGHT_MINUTES)).toEqual([]);
  });
});

describe("formatSpan", () => {
  it("prints both ends as clock times with an en dash", () => {
    expect(formatSpan({ start: 260, end: 362 })).toBe("4:20–6:02");
    expect(formatSpan({ start: 3599, end: 3725 })).toBe("59:59–1:02:05");
  });
});
