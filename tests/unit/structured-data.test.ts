import { describe, expect, it } from "vitest";
import type { Article } from "../../src/lib/content/article-schema";
import { articleStructuredData, serializeJsonLd } from "../../src/lib/build/structured-data";
import { stretchingArticle } from "./article-fixture";

// Revised after publication, and written by a named person rather than the site.
const article: Article = { ...stretchingArticle, updatedDate: new Date("2026-12-02"), author: "Dr. Ada Example" };
const urls = {
  home: "https://site.test/",
  article: "https://site.test/stretching/",
  card: "https://site.test/stretching/card.png",
  poster: "https://site.test/posters/stretching.png",
};
const [articleNode, videoNode] = articleStructuredData(article, urls, "Back in Motion")["@graph"];

describe("articleStructuredData", () => {
  it("dates the article by its publication and its revision, and credits a named author as a person", () => {
    expect(articleNode).toMatchObject({
      datePublished: "2026-11-25",
      dateModified: "2026-12-02",
      author: { "@type": "Person", name: "Dr. Ada Example" },
    });
  });

  it("credits the site as an organisation when it is the author", () => {
    const [node] = articleStructuredData({ ...article, author: "Back in Motion" }, urls, "Back in Motion")["@graph"];
    expect(node).toMatchObject({ author: { "@type": "Organization", name: "Back in Motion" } });
  });

  it("dates the video by its article, and lets the last clip run to the end of the video", () => {
    expect(videoNode).toMatchObject({ uploadDate: "2026-11-25", duration: "PT8M" });
    expect(videoNode?.hasPart?.at(-1)).toMatchObject({ startOffset: 362, endOffset: 480 });
  });

  it("gives each clip the article's address that opens its player at the clip's second", () => {
    expect(videoNode?.hasPart?.map(({ url }) => url)).toEqual([
      "https://site.test/stretching/?t=260",
      "https://site.test/stretching/?t=362",
    ]);
  });

  it("ends a clip where its chapter says it ends", () => {
    const chapters = article.chapters.map((chapter, index) => (index === 0 ? { ...chapter, end: 301 } : chapter));
    const [, video] = articleStructuredData({ ...article, chapters }, urls, "Back in Motion")["@graph"];
    expect(video?.hasPart?.[0]).toMatchObject({ startOffset: 260, endOffset: 301 });
    expect(video?.hasPart?.[1]).toMatchObject({ startOffset: 362, endOffset: 480 });
  });

  it("gives a video without chapters no key moments", () => {
    const [, video] = articleStructuredData({ ...article, chapters: [] }, urls, "Back in Motion")["@graph"];
    expect(video?.hasPart).toEqual([]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close its script element early, and still parses to the same data", () => {
    const data = { headline: "</script><script>alert(1)</script>" };
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(data);
  });
});
