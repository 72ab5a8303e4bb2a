import { describe, expect, it } from "vitest";
import { addressAtMoment, momentOfAddress } from "../../src/lib/browser/moment-address";

const ARTICLE = "https://site.test/stretching/";
const EIGHT_MINUTES = 480;

describe("momentOfAddress", () => {
  it("reads ?t= in any of the forms readers share", () => {
    for (const t of ["362", "362s", "6m2s", "0h6m2s", "6:02", "0:06:02", "6M2S"]) {
      expect(momentOfAddress(new URL(`${ARTICLE}?t=${t}`), EIGHT_MINUTES)).toEqual({ kind: "moment", seconds: 362 });
    }
  });

  it("finds ?t= among other parameters", () => {
    expect(momentOfAddress(new URL(`${ARTICLE}?utm_source=feed&t=4m20s#drills`), EIGHT_MINUTES)).toEqual({
      kind: "moment",
      seconds: 260,
    });
  });

  it("says when a moment is past the end of the video, or cannot be read", () => {
    expect(momentOfAddress(new URL(`${ARTICLE}?t=9:59`), EIGHT_MINUTES)).toEqual({ kind: "past-end", seconds: 599 });
    expect(momentOfAddress(new URL(`${ARTICLE}?t=soon`), EIGHT_MINUTES)).toEqual({ kind: "unreadable" });
    expect(momentOfAddress(new URL(`${ARTICLE}?t=`), EIGHT_MINUTES)).toEqual({ kind: "unreadable" });
  });

  // Each reads as no moment at all, so the page plays from the start (with a note saying why).
  it.each([
    ["-5", { kind: "unreadable" }],
    ["4:60", { kind: "unreadable" }],
    ["99:99", { kind: "unreadable" }],
    ["1e3", { kind: "unreadable" }],
    ["%E2%80%A6", { kind: "unreadable" }],
    ["6:02:00:00", { kind: "unreadable" }],
    ["abc", { kind: "unreadable" }],
    ["480", { kind: "past-end", seconds: 480 }],
    ["8m", { kind: "past-end", seconds: 480 }],
  ])("reads ?t=%s as no moment of an eight-minute video", (t, moment) => {
    expect(momentOfAddress(new URL(`${ARTICLE}?t=${t}`), EIGHT_MINUTES)).toEqual(moment);
  });

  it("gives nothing for an address without ?t=", () => {
    expect(momentOfAddress(new URL(ARTICLE), EIGHT_MINUTES)).toBeUndefined();
    expect(momentOfAddress(new URL(`${ARTICLE}?time=362`), EIGHT_MINUTES)).toBeUndefined();
  });
});

describe("addressAtMoment", () => {
  it("adds ?t= in whole seconds, replacing any there", () => {
    expect(addressAtMoment(ARTICLE, 260)).toBe(`${ARTICLE}?t=260`);
    expect(addressAtMoment(`${ARTICLE}?t=5`, 362)).toBe(`${ARTICLE}?t=362`);
    expect(addressAtMoment(new URL(`${ARTICLE}?t=6m2s`), 0)).toBe(`${ARTICLE}?t=0`);
  });

  it("keeps other parameters and drops the fragment, so the page opens at its player", () => {
    expect(addressAtMoment(`${ARTICLE}?ref=mail#drills`, 301)).toBe(`${ARTICLE}?ref=mail&t=301`);
  });

  it("writes what momentOfAddress reads back", () => {
    for (const seconds of [0, 1, 260, 479]) {
      expect(momentOfAddress(new URL(addressAtMoment(ARTICLE, seconds)), EIGHT_MINUTES)).toEqual({ kind: "moment", seconds });
    }
  });

  it("refuses a moment that is not a whole second", () => {
    expect(() => addressAtMoment(ARTICLE, 301.7)).toThrow(/whole number of seconds from 0, got 301.7/);
    expect(() => addressAtMoment(ARTICLE, -1)).toThrow(RangeError);
  });
});
