import { describe, expect, it } from "vitest";
import {
  currentMoment,
  formatClockTime,
  formatIsoDate,
  formatIsoDuration,
  formatMinutes,
  parseClockTime,
  parseTimestamp,
  readSharedMoment,
} from "../../src/lib/browser/time";
import { scriptStrings } from "../../src/lib/browser/strings";

/** Clock times as a reader writes them, and their seconds: a shared time may be written this way too. */
const clockTimes: [string, number][] = [
  ["0:00", 0],
  ["4:20", 260],
  ["6:02", 362],
  ["12:05", 725],
  ["60:00", 3600],
  ["1:02:03", 3723],
  ["10:00:00", 36000],
];

/** Text with a colon that is no clock time: missing or extra digits, parts out of range, signs, units. */
const notClockTimes = [
  "4:2",
  "4:60",
  "4:200",
  ":20",
  "4:20:",
  "1:2:03",
  "1:60:00",
  "-4:20",
  "4.5:20",
  "4:20s",
  "4 : 20",
  "a:bc",
  "1:02:03:04",
];

describe("parseClockTime", () => {
  it.each(clockTimes)("reads %s as %i seconds", (text, seconds) => {
    expect(parseClockTime(text)).toBe(seconds);
  });

  it.each(["", "4", " 4:20", ...notClockTimes])("rejects %j", (text) => {
    expect(parseClockTime(text)).toBeUndefined();
  });
});

describe("parseTimestamp", () => {
  it.each([
    ...clockTimes,
    ["260", 260],
    ["0", 0],
    ["260s", 260],
    ["4m20s", 260],
    ["4m", 240],
    ["6m2s", 362],
    ["1h2m3s", 3723],
    ["1h", 3600],
    ["1h3s", 3603],
    ["4M20S", 260],
    [" 362 ", 362],
    [" 4:20 ", 260],
  ])("reads %j as %i seconds", (text, seconds) => {
    expect(parseTimestamp(text)).toBe(seconds);
  });

  it.each([
    ...notClockTimes,
    "",
    " ",
    "s",
    "m",
    "h",
    "abc",
    "4m20",
    "20s4m",
    "4m4m",
    "-5",
    "+5",
    "4.5",
    "1e3",
    "0x10",
    "260ss",
    "4 m",
    "99999999999999999999",
    "Infinity",
    "NaN",
  ])("rejects %j", (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});

describe("readSharedMoment: where a shared time plays from", () => {
  const eightMinutes = 480;

  it("accepts a time inside the video", () => {
    expect(readSharedMoment("6m2s", eightMinutes)).toEqual({ kind: "moment", seconds: 362 });
    expect(readSharedMoment("0", eightMinutes)).toEqual({ kind: "moment", seconds: 0 });
    expect(readSharedMoment("7:59", eightMinutes)).toEqual({ kind: "moment", seconds: 479 });
  });

  it("rejects the end of the video and anything after it", () => {
    expect(readSharedMoment("8:00", eightMinutes).kind).toBe("past-end");
    expect(readSharedMoment("9999", eightMinutes).kind).toBe("past-end");
  });

  it("rejects what is not a time", () => {
    expect(readSharedMoment("soon", eightMinutes)).toEqual({ kind: "unreadable" });
  });
});

describe("readSharedMoment", () => {
  const eightMinutes = 480;

  it("reads a moment inside the video", () => {
    expect(readSharedMoment("6m2s", eightMinutes)).toEqual({ kind: "moment", seconds: 362 });
  });

  it("keeps the seconds of a time past the end, and only them", () => {
    expect(readSharedMoment("9:59", eightMinutes)).toEqual({ kind: "past-end", seconds: 599 });
    expect(readSharedMoment("8:00", eightMinutes)).toEqual({ kind: "past-end", seconds: 480 });
  });

  it.each(["Call 0800 555 0100 to book", "<img src=x onerror=alert(1)>", "x".repeat(10_000), ""])(
    "carries nothing of %j",
    (text) => {
      expect(readSharedMoment(text, eightMinutes)).toEqual({ kind: "unreadable" });
    },
  );
});

describe("the notes about a shared time that cannot be played", () => {
  it("say the same fixed sentence whatever the link held", () => {
    expect(scriptStrings.deepLinkUnreadable()).toBe(
      "The time in this link could not be read, so the video plays from the start.",
    );
    expect(scriptStrings.deepLinkUnreadable(362)).toContain("plays from 6:02");
  });

  it("name a time past the end only as the page prints times", () => {
    expect(scriptStrings.deepLinkPastEnd(599, "8 min")).toBe(
      "This link asks for 9:59, past the end of this 8 min video, so it plays from the start.",
    );
  });
});

describe("formatting", () => {
  it.each([
    [0, "0:00", "PT0S"],
    [7, "0:07", "PT7S"],
    [260, "4:20", "PT4M20S"],
    [362, "6:02", "PT6M2S"],
    [480, "8:00", "PT8M"],
    [3600, "1:00:00", "PT1H"],
    [3723, "1:02:03", "PT1H2M3S"],
  ])("prints %i seconds as %s and %s", (seconds, clock, iso) => {
    expect(formatClockTime(seconds)).toBe(clock);
    expect(formatIsoDuration(seconds)).toBe(iso);
  });

  it("round-trips every clock time it prints", () => {
    for (let seconds = 0; seconds < 7400; seconds += 37) {
      expect(parseClockTime(formatClockTime(seconds))).toBe(seconds);
      expect(parseTimestamp(formatClockTime(seconds))).toBe(seconds);
    }
  });

  it("refuses to print a time that is not a whole second from 0", () => {
    expect(() => formatClockTime(-1)).toThrow(RangeError);
    expect(() => formatClockTime(1.5)).toThrow(RangeError);
    expect(() => formatIsoDuration(Number.NaN)).toThrow(RangeError);
  });

  it("prints a frontmatter day as its ISO date, whatever the machine's time zone", () => {
    expect(formatIsoDate(new Date("2026-11-25"))).toBe("2026-11-25");
    expect(formatIsoDate(new Date("2026-12-31"))).toBe("2026-12-31");
  });

  it("rounds a video's length to whole minutes, never below one", () => {
    expect(formatMinutes(480)).toBe("8 min");
    expect(formatMinutes(509)).toBe("8 min");
    expect(formatMinutes(511)).toBe("9 min");
    expect(formatMinutes(20)).toBe("1 min");
  });
});

describe("currentMoment", () => {
  const drills = [260, 362];

  it("is nothing before the first moment", () => {
    expect(currentMoment(drills, 0)).toBeUndefined();
    expect(currentMoment(drills, 259.9)).toBeUndefined();
  });

  it("is the last moment that has begun", () => {
    expect(currentMoment(drills, 260)).toBe(260);
    expect(currentMoment(drills, 361.5)).toBe(260);
    expect(currentMoment(drills, 362)).toBe(362);
    expect(currentMoment(drills, 479)).toBe(362);
  });

  it("is nothing when there are no moments", () => {
    expect(currentMoment([], 100)).toBeUndefined();
  });
});
