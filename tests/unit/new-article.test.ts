import { describe, expect, it } from "vitest";
import { articleSlug, calendarDate } from "../../src/lib/build/new-article";

describe("an article's address from its title", () => {
  it("is its words in lowercase, joined by hyphens", () => {
    expect(articleSlug("Three ways to ease a stiff neck")).toBe("three-ways-to-ease-a-stiff-neck");
    expect(articleSlug("  Stiff neck:   3 ways (that work!)  ")).toBe("stiff-neck-3-ways-that-work");
  });

  it("drops accents and keeps a word with an apostrophe whole", () => {
    expect(articleSlug("Épaule gelée, qu’est-ce que c’est?")).toBe("epaule-gelee-quest-ce-que-cest");
    expect(articleSlug("Don't stretch it")).toBe("dont-stretch-it");
  });

  it("is empty when the title has no letter or digit", () => {
    expect(articleSlug("")).toBe("");
    expect(articleSlug("?!— …")).toBe("");
  });

  it("is always a slug the articles' addresses accept", () => {
    for (const title of ["A -- B", "-leading", "trailing-", "ÀÉÎ 123", "ß and ø"]) {
      expect(articleSlug(title), title).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
  });
});

describe("a publish date", () => {
  it("is the day in the computer's time zone, written YYYY-MM-DD", () => {
    expect(calendarDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(calendarDate(new Date(2026, 11, 31, 0, 0))).toBe("2026-12-31");
  });
});
