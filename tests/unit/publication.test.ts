import { describe, expect, it } from "vitest";
import { heldBackMessage, localIsoDate, publicationStatus } from "../../src/lib/content/publication";

const day = (text: string) => new Date(text); // as the schema reads a frontmatter date: UTC midnight

describe("publicationStatus", () => {
  it("publishes an article dated today or before", () => {
    expect(publicationStatus({ publishDate: day("2026-12-02") }, "2026-12-02")).toBe("published");
    expect(publicationStatus({ publishDate: day("2025-01-01"), draft: false }, "2026-12-02")).toBe("published");
  });

  it("holds back an article dated in the future until that day", () => {
    expect(publicationStatus({ publishDate: day("2026-12-03") }, "2026-12-02")).toBe("scheduled");
    expect(publicationStatus({ publishDate: day("2026-12-03") }, "2026-12-03")).toBe("published");
  });

  it("holds back a draft whatever its date", () => {
    expect(publicationStatus({ publishDate: day("2020-01-01"), draft: true }, "2026-12-02")).toBe("draft");
    expect(publicationStatus({ publishDate: day("2099-01-01"), draft: true }, "2026-12-02")).toBe("draft");
  });
});

describe("localIsoDate", () => {
  it("is the day on the building machine's calendar", () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe("2026-12-31");
  });
});

describe("heldBackMessage", () => {
  it("says why, and what publishes it", () => {
    expect(heldBackMessage("content/articles/a.mdx", "draft", day("2026-12-01"))).toBe(
      "content/articles/a.mdx: held back, it is a draft (draft: true). `npm run dev` shows it; remove the line to publish it.",
    );
    expect(heldBackMessage("content/articles/b.mdx", "scheduled", day("2027-03-01"))).toBe(
      "content/articles/b.mdx: held back until 2027-03-01, its publishDate. The first build on or after that day publishes it.",
    );
  });
});
