import { describe, expect, it } from "vitest";
import {
  bodyOnFileLines,
  datesAsWritten,
  frontmatterLine,
  frontmatterText,
  quoteValueHint,
} from "../../src/lib/content/frontmatter";

describe("frontmatterText", () => {
  it("is the YAML between the opening and closing ---", () => {
    expect(frontmatterText("---\ntitle: A\npublishDate: 2026-02-30\n---\n\nText.\n")).toBe("title: A\npublishDate: 2026-02-30");
  });

  it("reads Windows line ends and a byte order mark", () => {
    expect(frontmatterText("\uFEFF---\r\ntitle: A\r\n---\r\nText")).toBe("title: A");
  });

  it("is nothing for a file without frontmatter", () => {
    expect(frontmatterText("Text.\n---\nmore\n---\n")).toBeUndefined();
  });
});

describe("datesAsWritten", () => {
  // What YAML makes of "publishDate: 2026-02-30": the 2nd of March.
  const rolledOver = new Date(Date.UTC(2026, 1, 30));

  it("gives back the text of a field YAML read as a date", () => {
    const data = { title: "A", publishDate: rolledOver };
    expect(datesAsWritten(data, "title: A\npublishDate: 2026-02-30 # the launch\n")).toEqual({
      title: "A",
      publishDate: "2026-02-30",
    });
  });

  it("leaves other fields, and dates in nested fields, as they are", () => {
    const data = { title: "2026-01-01", video: { recorded: rolledOver } };
    expect(datesAsWritten(data, 'title: "2026-01-01"\nvideo:\n  recorded: 2026-02-30\n')).toEqual(data);
  });

  it("does not change what it was given", () => {
    const data = { publishDate: rolledOver };
    datesAsWritten(data, "publishDate: 2026-02-30");
    expect(data.publishDate).toBe(rolledOver);
  });
});

describe("frontmatterLine", () => {
  const file = [
    "---", // 1
    "title: A", // 2
    "video:", // 3
    "  youtubeId: SET_VIDEOID", // 4
    "chapters:", // 5
    "  - title: Kneeling stretch", // 6
    '    at: "4:20"', // 7
    "  - title: Standing drill", // 8
    '    at: "6:0x"', // 9
    "---", // 10
    "",
    "Text.",
  ].join("\n");

  it("is the file's line of a field, counted from 1", () => {
    expect(frontmatterLine(file, ["title"])).toBe(2);
    expect(frontmatterLine(file, ["video", "youtubeId"])).toBe(4);
    expect(frontmatterLine(file, ["chapters", 1, "at"])).toBe(9);
    expect(frontmatterLine(file, ["chapters", 1])).toBe(8);
  });

  it("is the line of the nearest part written for a missing field", () => {
    expect(frontmatterLine(file, ["chapters", 1, "slug"])).toBe(8);
    expect(frontmatterLine(file, ["video", "duration"])).toBe(3);
  });

  it("is nothing for a field not written at all, or a file without frontmatter", () => {
    expect(frontmatterLine(file, ["author"])).toBeUndefined();
    expect(frontmatterLine("Text.", ["title"])).toBeUndefined();
  });
});

describe("bodyOnFileLines", () => {
  it("blanks the frontmatter, keeping every line of the text where it is in the file", () => {
    const body = bodyOnFileLines("---\ntitle: A\nauthor: B\n---\n\n<Video />\n");
    expect(body.split("\n").indexOf("<Video />") + 1).toBe(6);
    expect(body).not.toContain("title");
  });
});

describe("quoteValueHint", () => {
  it("tells the author to quote a value with a colon in it, and how", () => {
    expect(quoteValueHint("title: Stiff neck: three ways")).toBe(
      'The value of title has ": " in it, which YAML reads as the start of another field: put the value in quotes, `title: "Stiff neck: three ways"`.',
    );
    expect(quoteValueHint('  - title: Drill: "slow" version')).toContain('`- title: "Drill: \\"slow\\" version"`');
  });

  it("says nothing for a value already quoted, or without a colon followed by a space", () => {
    expect(quoteValueHint('title: "Stiff neck: three ways"')).toBeUndefined();
    expect(quoteValueHint('  at: "4:20"')).toBeUndefined();
    expect(quoteValueHint("  at: 4:20")).toBeUndefined();
    expect(quoteValueHint("title: Stiff neck")).toBeUndefined();
  });
});
