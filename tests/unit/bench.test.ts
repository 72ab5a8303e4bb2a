import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { missedBuildBudgets, missedFloorBudgets, missedLibraryBudgets } from "../../bench/budgets";
import { articleCopy } from "../../bench/build-scale";
import { floorPage } from "../../bench/floor";
import type { Figures, PageResult } from "../../bench/lighthouse";

const timed = (name: string, lcpMs: number, fcpMs = lcpMs): PageResult => ({
  name,
  path: `/${name}/`,
  runs: [],
  median: { lcpMs, fcpMs } as Figures,
});

describe("the floor page", () => {
  const article = `<!doctype html><html lang="en-GB"><head><title>Stretching · Back in Motion</title>
    <style>body{color:red}</style><script type="module" src="/_astro/player.js"></script></head>
    <body><header class="site">Back in Motion</header>
    <main id="content" class="article"><h1 class="title" style="color:red">Stretching</h1>
    <p>You stretch <a class="time" href="https://www.youtube.com/watch?v=x&amp;t=260s" data-at="260">every day</a>.</p>
    <lite-youtube videoid="x"><a href="https://www.youtube.com/watch?v=x">Play video</a></lite-youtube>
    <picture><img src="/posters/a.png" alt="Poster"></picture><button type="button">Share</button>
    <script>console.log(1)</script></main><footer>Not advice</footer></body></html>`;
  const floor = floorPage(article);

  it("holds the article's text and links, in the page's language and title", () => {
    const { document } = parseHTML(floor);
    expect(document.querySelector("h1")?.textContent).toBe("Stretching");
    const link = document.querySelector("p a");
    expect(link?.getAttribute("href")).toBe("https://www.youtube.com/watch?v=x&t=260s");
    expect(link?.textContent).toBe("every day");
    expect(document.documentElement.getAttribute("lang")).toBe("en-GB");
    expect(document.title).toBe("Stretching · Back in Motion");
    expect(document.querySelector('meta[name="viewport"]')?.getAttribute("content")).toBe("width=device-width, initial-scale=1");
  });

  it("has no styles, scripts, images, player or controls, and nothing outside <main>", () => {
    for (const absent of [
      "<style",
      "<script",
      "<img",
      "<picture",
      "<lite-youtube",
      "Play video",
      "<button",
      "class=",
      "style=",
      "<header",
      "Not advice",
    ]) {
      expect(floor).not.toContain(absent);
    }
  });

  it("says so when the page has no <main> or no text in it", () => {
    expect(() => floorPage("<html><body><p>Text</p></body></html>")).toThrow(/no <main>/);
    expect(() => floorPage("<html><body><main><img src=a.png></main></body></html>")).toThrow(/no text/);
  });
});

describe("the floor budget", () => {
  const floor = timed("floor", 1000);

  it("passes a page at most 1.10 times the floor's LCP and names one above it with its ratio", () => {
    expect(missedFloorBudgets([timed("home", 1100), timed("article", 1000)], floor)).toEqual([]);
    expect(missedFloorBudgets([timed("article", 1250)], floor)).toEqual([
      "article /article/: LCP is 1.25 × the floor's, budget 1.10",
    ]);
  });

  it("fails when the floor itself was not measured", () => {
    expect(
      missedFloorBudgets([timed("home", 900)], { name: "floor", path: "/bench-floor/", runs: [], error: "timed out" }),
    ).toEqual(["floor /bench-floor/: timed out, so no page could be compared with it"]);
  });
});

describe("the build budget", () => {
  const build = (articles: number, coldMs: number, warmMs: number) => ({
    articles,
    pages: articles * 3 + 2,
    coldMs,
    warmMs,
    coldMaxRssBytes: 0,
    warmMaxRssBytes: 0,
  });

  it("holds the build at 200 articles to 300 ms per article cold and 60 warm", () => {
    expect(missedBuildBudgets([build(1, 5000, 4000), build(200, 60_000, 12_000)])).toEqual([]);
    expect(missedBuildBudgets([build(200, 60_200, 12_200)])).toEqual([
      "build: 200 articles cold take 301 ms per article, budget 300 ms",
      "build: 200 articles warm take 61 ms per article, budget 60 ms",
    ]);
  });

  it("fails when 200 articles were never built", () => {
    expect(missedBuildBudgets([build(50, 1000, 100)])).toEqual([
      "build: 200 articles were not built, so the build budgets could not be checked",
    ]);
  });
});

describe("article copies for the build measurement", () => {
  const original = `---
title: Stretching and your back
description: Why.
video:
  youtubeId: SET_VIDEOID
  title: 'Don''t stretch'
  duration: "8:00"
chapters:
  - title: Kneeling stretch
    at: "4:20"
    slug: kneeling-stretch
---

Text.
`;

  it("gives each copy its own address, title and video title, and keeps the drills and text", () => {
    const copy = articleCopy("stretching.mdx", original, 7);
    expect(copy.file).toBe("stretching-copy-7.mdx");
    expect(copy.text).toContain('\ntitle: "Stretching and your back (copy 7)"\n');
    expect(copy.text).toContain(`\n  title: "Don't stretch (copy 7)"\n`);
    expect(copy.text).toContain("\n  - title: Kneeling stretch\n");
    expect(copy.text.endsWith("---\n\nText.\n")).toBe(true);
  });

  it("says what is missing from an article it cannot copy", () => {
    expect(() => articleCopy("a.mdx", "Text only", 1)).toThrow("a.mdx has no frontmatter to copy");
    expect(() => articleCopy("a.mdx", "---\ntitle: A\n---\n", 1)).toThrow(
      "a.mdx: expected a title and a video.title to copy, found 1",
    );
  });
});

describe("article copies for the library", () => {
  const original = `---
title: A
author: B
topics: [hips, lower back]
video:
  youtubeId: SET_VIDEOID
  title: V
  duration: "8:00"
chapters: []
---
`;

  it("gives the copies varied topics in turn, in place of the original's", () => {
    const topics = [1, 2, 3].map((n) => /^topics: (.*)$/m.exec(articleCopy("a.mdx", original, n).text)?.[1]);
    expect(new Set(topics).size).toBe(3);
    expect(articleCopy("a.mdx", original, 2).text.match(/^topics:/gm)).toHaveLength(1);
  });

  it("adds topics to an article that has none", () => {
    expect(articleCopy("a.mdx", original.replace("topics: [hips, lower back]\n", ""), 1).text).toMatch(/^topics: \[.+\]$/m);
  });
});

describe("the library's budgets at 1,000 articles", () => {
  const library = {
    homeHtmlBytes: 20_000,
    homeHtmlGzipBytes: 6_000,
    searchIndexBytes: 2_000_000,
    searchIndexFiles: 900,
    firstSearch: { query: "Kneeling", requests: 9, gzipBytes: 100 * 1024 },
    headersLongestLine: 1300,
    headersRules: 2,
  };
  const build = (overrides: Record<string, unknown> = {}) => ({
    articles: 1000,
    pages: 5000,
    coldMs: 150_000,
    warmMs: 30_000,
    coldMaxRssBytes: 1_000_000_000,
    warmMaxRssBytes: 900_000_000,
    library,
    ...overrides,
  });

  it("are met within every limit", () => {
    expect(missedLibraryBudgets([build()])).toEqual([]);
  });

  it("name each one missed", () => {
    const missed = missedLibraryBudgets([
      build({
        coldMs: 201_000,
        warmMs: 41_000,
        coldMaxRssBytes: 1.6 * 1024 ** 3,
        library: { ...library, firstSearch: { query: "K", requests: 9, gzipBytes: 151 * 1024 }, headersLongestLine: 2001 },
      }),
    ]);
    expect(missed).toEqual([
      "build: 1000 articles cold take 201 ms per article, budget 200 ms",
      "build: 1000 articles warm take 41 ms per article, budget 40 ms",
      "build: 1000 articles peak at 1638 MB of memory, budget 1536 MB",
      "build: 1000 articles: a first search downloads 151.0 KB, budget 150.0 KB",
      "build: 1000 articles: _headers has a line of 2001 characters, limit 2000",
    ]);
  });

  it("say when 1,000 articles were not built", () => {
    expect(missedLibraryBudgets([])).toEqual([
      "build: 1000 articles were not built, so the library's budgets could not be checked",
    ]);
  });
});
