import { formatClockTime } from "./time";

/** The part of the video a chapter covers, in whole seconds: from `start` up to `end`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Each chapter with its span, in order. A chapter ends at its own `end` when the content gives
 * one, otherwise where the next chapter starts, otherwise where the video ends.
 */
export function chapterSpans<Chapter extends { at: number; end?: number | undefined }>(
  chapters: readonly Chapter[],
  videoDuration: number,
): { chapter: Chapter; span: Span }[] {
  return chapters.map((chapter, index) => ({
    chapter,
    span: { start: chapter.at, end: chapter.end ?? chapters[index + 1]?.at ?? videoDuration },
  }));
}

/** "4:20–6:02": a span the way the page prints it. */
export function formatSpan(span: Span): string {
  return `${formatClockTime(span.start)}–${formatClockTime(span.end)}`;
}
