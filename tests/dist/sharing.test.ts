import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ARTICLE, FACTS, TITLE, builtFile, builtPages, onSite, served, sitePath, type BuiltPage } from "./support";

/** Each drill's page in this build, the title its card carries and its second. */
const DRILLS = FACTS.drills.map((drill) => ({
  path: served(drill.path),
  title: `${drill.title} — ${drill.at}`,
  name: drill.title,
  at: drill.seconds,
}));

const pages = builtPages();
const page = (path: string) => {
  const found = pages.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found;
};
const meta = ({ document }: BuiltPage, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? undefined;
const canonical = ({ document }: BuiltPage) => document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;

describe("every page's head", () => {
  it.each(pages.map((built) => [built.path, built] as const))("%s says what it is and unfolds into a card", async (_, built) => {
    const title = built.document.querySelector("title")?.textContent ?? "";
    expect(title.length).toBeGreaterThan(0);
    expect(meta(built, "description")?.length).toBeGreaterThan(40);
    expect(meta(built, "og:title")?.length).toBeGreaterThan(0);
    expect(title).toContain(meta(built, "og:title"));
    expect(meta(built, "og:description")).toBe(meta(built, "description"));
    expect(meta(built, "og:site_name")).toBe("Back in Motion");
    expect(meta(built, "twitter:card")).toBe("summary_large_image");
    expect(meta(built, "og:image:alt")?.length).toBeGreaterThan(10);
    expect(meta(built, "og:image:width")).toBe("1200");
    expect(meta(built, "og:image:height")).toBe("630");

    const image = meta(built, "og:image") ?? "";
    const { format, width, height } = await sharp(builtFile(sitePath(image))).metadata();
    expect({ format, width, height }).toEqual({ format: "png", width: 1200, height: 630 });

    // Nothing in the head points at a host the site does not control.
    for (const element of built.document.querySelectorAll("head link[href], head meta[content^='http']")) {
      const address = element.getAttribute("href") ?? element.getAttribute("content") ?? "";
      if (/^https?:/.test(address)) expect(sitePath(address).startsWith(served("/")), address).toBe(true);
    }
  });

  it("canonical and og:url are the page's own absolute address on the home page and the article", () => {
    for (const path of [served("/"), ARTICLE]) {
      expect(canonical(page(path))).toBe(onSite(path));
      expect(meta(page(path), "og:url")).toBe(onSite(path));
    }
  });

  it("the home page is a website and the article an article with its publication time", () => {
    expect(meta(page(served("/")), "og:type")).toBe("website");
    expect(meta(page(ARTICLE), "og:type")).toBe("article");
    expect(meta(page(ARTICLE), "og:title")).toBe(TITLE);
    expect(meta(page(ARTICLE), "article:published_time")).toMatch(new RegExp(`^${FACTS.publishDate}T`));
  });

  it("the 404 page keeps out of search results and claims no address", () => {
    const notFound = page(served("/404.html"));
    expect(meta(notFound, "robots")).toBe("noindex");
    expect(canonical(notFound)).toBeUndefined();
    expect(meta(notFound, "og:url")).toBeUndefined();
  });

  it("each article, drill and the home page has a card of its own", () => {
    const cards = [served("/"), ARTICLE, ...DRILLS.map((drill) => drill.path)].map((path) => meta(page(path), "og:image"));
    expect(new Set(cards).size).toBe(cards.length);
  });
});

describe.each(DRILLS)("the share page of the drill at $at s", (drill) => {
  const built = page(drill.path);

  it("has the drill's own title, description and card, and points search engines at the article", () => {
    expect(meta(built, "og:title")).toBe(drill.title);
    expect(built.document.querySelector("title")?.textContent).toContain(drill.title);
    expect(meta(built, "description")).toContain(drill.title.split(" — ")[0]);
    expect(meta(built, "og:type")).toBe("article");
    expect(meta(built, "og:url")).toBe(onSite(drill.path));
    expect(meta(built, "og:image")).toBe(onSite(`${drill.path}card.png`));
    expect(canonical(built)).toBe(onSite(ARTICLE));
  });

  it("is the whole article, not a redirect", () => {
    expect(built.document.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    expect(built.document.querySelector("h1")?.textContent).toBe(TITLE);
    expect(built.document.querySelector("main")?.textContent).toContain("Video Summary");
  });

  it("comes with the player primed at the drill, even without JavaScript", () => {
    const player = built.document.querySelector("lite-youtube");
    expect(new URLSearchParams(player?.getAttribute("params") ?? "").get("start")).toBe(String(drill.at));
    const play = player?.querySelector("a.lyt-playbtn");
    expect(new URL(play?.getAttribute("href") ?? "").searchParams.get("t")).toBe(`${drill.at}s`);
    const watchOnYoutube = [...built.document.querySelectorAll("a")].find((link) =>
      link.textContent.includes("Watch on YouTube"),
    );
    expect(new URL(watchOnYoutube?.getAttribute("href") ?? "").searchParams.get("t")).toBe(`${drill.at}s`);
    const current = built.document.querySelector('nav a[aria-current="true"]');
    expect(current?.textContent).toContain(drill.name);
  });
});

describe("structured data", () => {
  const graphOf = (built: BuiltPage) =>
    [...built.document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
      const data = JSON.parse(script.textContent) as { "@graph"?: Record<string, unknown>[] };
      return data["@graph"] ?? [data];
    });
  const graph = graphOf(page(ARTICLE));
  const ofType = (type: string) => graph.find((node) => node["@type"] === type) as Record<string, unknown>;

  it("describes the article: headline, dates, author, image and page", () => {
    const article = ofType("Article");
    expect(article).toMatchObject({
      headline: TITLE,
      description: meta(page(ARTICLE), "description"),
      datePublished: FACTS.publishDate,
      dateModified: FACTS.publishDate, // not updated since
      author: { name: "Back in Motion" },
      image: meta(page(ARTICLE), "og:image"),
      mainEntityOfPage: { "@id": onSite(ARTICLE) },
    });
  });

  it("describes the video with its length, first-party thumbnail and privacy-enhanced embed", () => {
    const video = ofType("VideoObject");
    expect(video["name"]).toBe(TITLE);
    expect(video["description"]).toBeTruthy();
    expect(video["duration"]).toBe("PT8M");
    expect(video["uploadDate"]).toBe(FACTS.publishDate);
    expect(video["embedUrl"]).toBe(`https://www.youtube-nocookie.com/embed/${FACTS.videoId}`);
    for (const thumbnail of video["thumbnailUrl"] as string[]) expect(builtFile(sitePath(thumbnail)).length).toBeGreaterThan(0);
  });

  it("gives one key moment per drill, from its second to the next one's, linking to the article at that second", () => {
    const clips = ofType("VideoObject")["hasPart"] as Record<string, unknown>[];
    expect(clips).toEqual(
      FACTS.drills.map((drill) => ({
        "@type": "Clip",
        name: drill.title,
        startOffset: drill.seconds,
        endOffset: drill.end,
        url: `${onSite(ARTICLE)}?t=${drill.seconds}`,
      })),
    );
  });

  it("lives on the canonical article page only", () => {
    for (const path of [served("/"), ...DRILLS.map((drill) => drill.path)]) expect(graphOf(page(path))).toEqual([]);
  });
});
