import { describe, expect, it } from "vitest";
import { datesAsWritten, frontmatterText } from "../../src/lib/frontmatter";

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
