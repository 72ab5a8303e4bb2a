import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isHashSource, parsePolicy } from "../../src/lib/build/deploy-headers/policy";
import { BUILDS } from "../builds";
import { parseHeadersFile } from "./headers-file";
import { BUILD, DIST, builtFiles, builtPages, served } from "./support";

/** Checks over the library's pages that hold for any content: one article or the fixture library. */
const pages = builtPages();
const page = (path: string) => pages.find((candidate) => candidate.path === served(path));
const ARTICLES_PER_PAGE = 12;

/** Article pages carry their Markdown version; drill pages are two levels down in an article's folder. */
const articlePaths = pages
  .filter(({ document }) => document.querySelector('link[rel="alternate"][type="text/markdown"]'))
  .map(({ path }) => path)
  .filter((path) => !/\/[^/]+\/[^/]+\/$/.test(path.slice(served("/").length - 1)));
const drillPaths = pages
  .map(({ path }) => path)
  .filter((path) => articlePaths.some((article) => path.startsWith(article) && path !== article));

const links = (document: Document, selector: string) =>
  [...document.querySelectorAll<HTMLAnchorElement>(selector)].map((link) => link.getAttribute("href"));

describe("the pages of articles", () => {
  const count = Math.ceil(articlePaths.length / ARTICLES_PER_PAGE);
  const listPages = Array.from({ length: count }, (_, index) => (index === 0 ? "/" : `/page/${index + 1}/`));

  it("list every article once, at most twelve a page, newest first; /page/1/ is never built", () => {
    expect(page("/page/1/")).toBeUndefined();
    expect(builtFiles().filter((file) => file.startsWith("page/"))).toHaveLength(Math.max(0, count - 1));
    const listed = listPages.flatMap((path) => {
      const found = links(page(path)?.document as Document, ".article-row .title a");
      expect(found.length, path).toBeLessThanOrEqual(ARTICLES_PER_PAGE);
      return found;
    });
    expect([...listed].sort()).toEqual([...articlePaths].sort());
    const dates = listPages.flatMap((path) =>
      [...(page(path)?.document as Document).querySelectorAll(".article-row time")].map((time) => time.getAttribute("datetime")),
    );
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("link to each other with rel=prev/next and a visible Newer / Older, saying which page is which", () => {
    listPages.forEach((path, index) => {
      const document = page(path)?.document as Document;
      const prev = index > 0 ? served(listPages[index - 1] as string) : null;
      const next = index < count - 1 ? served(listPages[index + 1] as string) : null;
      expect(document.querySelector('link[rel="prev"]')?.getAttribute("href") ?? null, path).toBe(prev);
      expect(document.querySelector('link[rel="next"]')?.getAttribute("href") ?? null, path).toBe(next);
      expect(document.querySelector('a[rel="prev"]')?.getAttribute("href") ?? null, path).toBe(prev);
      expect(document.querySelector('a[rel="next"]')?.getAttribute("href") ?? null, path).toBe(next);
      if (count > 1) expect(document.querySelector(".pagination")?.textContent, path).toContain(`Page ${index + 1} of ${count}`);
      else expect(document.querySelector(".pagination"), path).toBeNull();
    });
  });

  it("say the site's name once, in the header", () => {
    const home = page("/")?.document as Document;
    const name = home.querySelector(".site-name")?.textContent.trim() ?? "";
    expect(name).not.toBe("");
    expect(home.querySelector("main")?.textContent).not.toContain(name);
  });
});

describe("the drill index", () => {
  it("lists every drill page at least once, and nothing else", () => {
    const listed = links(page("/drills/")?.document as Document, ".drill-row");
    expect(new Set(listed)).toEqual(new Set(drillPaths));
  });
});

describe("the topics", () => {
  it("each have a page listing their articles, newest first, and /topics/ counts them", () => {
    const topics = page("/topics/")?.document as Document;
    for (const item of topics.querySelectorAll(".topic-list li")) {
      const href = item.querySelector("a")?.getAttribute("href") ?? "";
      const topic = pages.find(({ path }) => path === href)?.document;
      expect(topic, href).toBeDefined();
      const articles = links(topic as Document, ".article-row .title a");
      const drills = links(topic as Document, ".drill-row");
      const counts = item.querySelector(".counts")?.textContent ?? "";
      expect(counts, href).toMatch(new RegExp(`^${articles.length} articles? · ${drills.length} drills?$`));
      const dates = [...(topic as Document).querySelectorAll(".article-row > .meta time")].map((time) =>
        time.getAttribute("datetime"),
      );
      expect(dates, href).toEqual([...dates].sort().reverse());
    }
  });
});

describe("search", () => {
  it("has its index and script inside the site's folder", () => {
    expect(existsSync(`${DIST}pagefind/pagefind.js`)).toBe(true);
    expect(builtFiles().some((file) => /^pagefind\/index\/.+\.pf_index$/.test(file))).toBe(true);
  });
});

describe("_headers at any number of articles", () => {
  const hashes = (dir: string) =>
    new Set(
      [...parsePolicy(/Content-Security-Policy: (.*)/.exec(readFileSync(`${dir}_headers`, "utf8"))?.[1] ?? "").values()]
        .flat()
        .filter(isHashSource),
    );

  it("names no more scripts and styles than the site with one article", () => {
    const root = fileURLToPath(new URL(`../../${BUILDS.root.dir}/`, import.meta.url));
    if (BUILD !== BUILDS.library || !existsSync(`${root}_headers`)) return;
    expect(hashes(DIST).size).toBeLessThanOrEqual(hashes(root).size);
    expect(parseHeadersFile(readFileSync(`${DIST}_headers`, "utf8")).length).toBe(
      parseHeadersFile(readFileSync(`${root}_headers`, "utf8")).length,
    );
  });
});
