import { describe, expect, it } from "vitest";
import { editDistance, nearestName } from "../../src/lib/content/nearest-name";

const components = ["Video", "Timestamp", "Summary"] as const;

describe("nearestName", () => {
  it.each([
    ["Vidoe", "Video"],
    ["video", "Video"],
    ["Vide", "Video"],
    ["Viedo", "Video"],
    ["TimeStamp", "Timestamp"],
    ["Timestmp", "Timestamp"],
    ["Sumary", "Summary"],
    ["summery", "Summary"],
  ])("suggests the component meant by <%s>: <%s>", (typed, meant) => {
    expect(nearestName(typed, components)).toBe(meant);
  });

  it.each(["Chapter", "Image", "div", "V", "Sum"])("suggests nothing for <%s>, which is not close to any", (typed) => {
    expect(nearestName(typed, components)).toBeUndefined();
  });

  it("finds a misspelt frontmatter field", () => {
    expect(nearestName("publshDate", ["title", "publishDate", "updatedDate"])).toBe("publishDate");
    expect(nearestName("drafts", ["title", "draft"])).toBe("draft");
  });
});

describe("editDistance", () => {
  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(editDistance("vidoe", "video")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
