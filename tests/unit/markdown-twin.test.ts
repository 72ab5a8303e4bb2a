import { describe, expect, it } from "vitest";
import { articleMarkdown } from "../../src/lib/build/markdown-twin";
import { stretchingArticle as article } from "./article-fixture";

const twin = (body: string) =>
  articleMarkdown({
    article,
    body,
    file: "content/articles/stretching.mdx",
    articleUrl: "https://site.test/stretching/",
    drillUrl: (slug) => `https://site.test/stretching/${slug}/`,
  });

describe("articleMarkdown", () => {
  it("opens with the title, the description and a link back to the page", () => {
    const markdown = twin("Some text.");
    expect(markdown.startsWith("# Stretching and your back\n\n> Why forcing stretches may not help.\n\n")).toBe(true);
    expect(markdown).toContain("https://site.test/stretching/");
    expect(markdown).toContain("Some text.");
  });

  it("turns the video into a YouTube link and each drill into a link at its second and to its share page", () => {
    const markdown = twin("Before.\n\n<Video />\n\nAfter.");
    expect(markdown).toContain("[Watch on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ)");
    expect(markdown).toContain(
      "- 4:20 · [Kneeling stretch](https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=260s) ([on this site](https://site.test/stretching/kneeling-stretch/))",
    );
    expect(markdown).toContain("- 6:02 · [Standing drill](https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=362s)");
    expect(markdown.indexOf("Before.")).toBeLessThan(markdown.indexOf("Watch on YouTube"));
    expect(markdown.indexOf("Standing drill")).toBeLessThan(markdown.indexOf("After."));
  });

  it("keeps the summary's text and makes its timestamps links to that second", () => {
    const markdown = twin(
      '<Summary>\n\n## Video Summary\n\n- A point.\n- The drill is at <Timestamp at="4:20">4 min 20 secs</Timestamp>.\n\n</Summary>',
    );
    expect(markdown).toContain("## Video Summary");
    expect(markdown).toContain("- A point.");
    expect(markdown).toContain("- The drill is at [4 min 20 secs](https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=260s).");
    expect(markdown).not.toContain("<");
  });

  it("refuses a component it cannot show as text, naming the file and the component", () => {
    expect(() => twin("<Gallery />")).toThrow(
      "content/articles/stretching.mdx: the Markdown version does not know the component <Gallery>",
    );
  });

  it("refuses a timestamp without a readable time", () => {
    expect(() => twin('<Timestamp at="soon">later</Timestamp>')).toThrow('<Timestamp> needs at="m:ss", got "soon"');
  });
});
