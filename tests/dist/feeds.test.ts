import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { describe, expect, it } from "vitest";
import { ARTICLE, FACTS, TITLE, builtFile, builtPages, onSite, served, sitePath } from "./support";

const MARKDOWN = served(`/${FACTS.slug}.md`);

const text = (path: string) => builtFile(path).toString("utf8");
/** A built XML file, checked to be well-formed, then parsed. */
const xml = (path: string): unknown => {
  const source = text(path);
  expect(SyntaxValidator.validate(source), `${path} is well-formed XML`).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "sitemap", "item"].includes(name) }).parse(
    source,
  ) as unknown;
};
const pages = builtPages();

describe("the sitemap", () => {
  it("is named by robots.txt and lists exactly the pages that are their own canonical address", () => {
    const robots = text(served("/robots.txt"));
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Allow: ${served("/")}$`, "m"));
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? "";
    const index = xml(sitePath(sitemapUrl)) as { sitemapindex: { sitemap: { loc: string }[] } };
    const listed = index.sitemapindex.sitemap.flatMap(({ loc }) =>
      (xml(sitePath(loc)) as { urlset: { url: { loc: string }[] } }).urlset.url.map((url) => url.loc),
    );
    const canonical = pages
      .map(({ document }) => document.querySelector('link[rel="canonical"]')?.getAttribute("href"))
      .filter((href): href is string => !!href);
    expect(new Set(listed)).toEqual(new Set(canonical));
    expect(listed).toHaveLength(new Set(listed).size);
    expect(listed).toEqual(expect.arrayContaining([onSite(served("/")), onSite(ARTICLE)]));
    expect(listed.some((url) => url.includes("404") || url.includes("kneeling"))).toBe(false);
    // The library's own pages are canonical pages in their own right.
    expect(listed).toEqual(
      expect.arrayContaining([onSite(served("/drills/")), onSite(served("/topics/")), onSite(served("/topics/lower-back/"))]),
    );
  });
});

describe("the RSS feed", () => {
  it("is linked from every page and lists the article with its address and date", () => {
    for (const { document, path } of pages) {
      expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute("href"), path).toBe(
        served("/rss.xml"),
      );
    }
    const { rss } = xml(served("/rss.xml")) as {
      rss: { channel: { title: string; link: string; item: Record<string, string>[] } };
    };
    expect(rss.channel.title).toBe("Back in Motion");
    expect(rss.channel.link).toBe(onSite(served("/")));
    const [item] = rss.channel.item;
    expect(item).toMatchObject({ title: TITLE, link: onSite(ARTICLE) });
    expect(new Date(item?.["pubDate"] ?? "").toISOString()).toMatch(new RegExp(`^${FACTS.publishDate}`));
  });
});

describe("llms.txt", () => {
  const llms = text(served("/llms.txt"));
  const section = (heading: string) => llms.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? "";
  const links = (part: string) => [...part.matchAll(/^- \[([^\]]+)\]\((\S+)\): (.+)$/gm)];

  it("names the site and links each article's Markdown version", () => {
    expect(llms).toMatch(/^# Back in Motion\n\n> /);
    const articles = links(section("Articles"));
    expect(articles.map(([, title, url]) => [title, url])).toEqual([[TITLE, onSite(MARKDOWN)]]);
    for (const [, , url] of articles) expect(builtFile(sitePath(url ?? "")).length).toBeGreaterThan(0);
  });

  it("lists every drill with its page, its part of the video and its article", () => {
    const drills = links(section("Every drill"));
    expect(drills.map(([, title, url, about]) => [title, url, about])).toEqual(
      FACTS.drills.map((drill) => [drill.title, onSite(served(drill.path)), `${drill.span} in the video of “${TITLE}”`]),
    );
    for (const [, , url] of drills) expect(builtFile(`${sitePath(url ?? "")}index.html`).length).toBeGreaterThan(0);
  });
});

describe("the article's Markdown version", () => {
  const markdown = text(MARKDOWN);

  it("is linked from the article page", () => {
    const article = pages.find(({ path }) => path === ARTICLE);
    const link = article?.document.querySelector('link[rel="alternate"][type="text/markdown"]');
    expect(link?.getAttribute("href")).toBe(MARKDOWN);
  });

  it("has the title, the author's text and the summary, with no MDX left in it", () => {
    expect(markdown.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(markdown).toContain("You dutifully stretch your hamstrings every day for 20 minutes");
    expect(markdown).toContain("## Video Summary");
    expect(markdown).toContain("- Research does link hip internal rotation with back pain.");
    expect(markdown).not.toMatch(/<\/?[A-Z]/);
  });

  it("links each drill to YouTube at its second and to its share page, which exists", () => {
    for (const { at: time, seconds, slug } of FACTS.drills) {
      const line = markdown.split("\n").find((row) => row.startsWith(`- ${time} · `)) ?? "";
      expect(line).toMatch(new RegExp(`\\(https://www\\.youtube\\.com/watch\\?v=${FACTS.videoId}&t=${seconds}s\\)`));
      expect(line).toContain(`(${onSite(`${ARTICLE}${slug}/`)})`);
      expect(builtFile(`${ARTICLE}${slug}/`).length).toBeGreaterThan(0);
    }
  });
});
