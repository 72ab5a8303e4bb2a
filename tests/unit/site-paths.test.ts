import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  articlePath,
  cardPath,
  drillPath,
  homePath,
  isDrillPath,
  listPagePath,
  markdownPath,
  normalizeBase,
  posterPath,
  rssPath,
  underBase,
  withinBase,
} from "../../src/lib/browser/site-paths";

const SITE = new URL("https://site.test");

describe("addresses at the root of the host", () => {
  it("are the paths from /", () => {
    expect(homePath("/")).toBe("/");
    expect(articlePath("stretching", "/")).toBe("/stretching/");
    expect(drillPath("stretching", "kneeling", "/")).toBe("/stretching/kneeling/");
    expect(cardPath(drillPath("stretching", "kneeling", "/"))).toBe("/stretching/kneeling/card.png");
    expect(posterPath("stretching", "/")).toBe("/posters/stretching.png");
    expect(markdownPath("stretching", "/")).toBe("/stretching.md");
    expect(rssPath("/")).toBe("/rss.xml");
    expect(absoluteUrl(articlePath("stretching", "/"), SITE, "/")).toBe("https://site.test/stretching/");
  });
});

describe("addresses under a folder of the host", () => {
  it("all start with the folder, however the base is written", () => {
    for (const base of ["/back/", "/back"]) {
      expect(homePath(base)).toBe("/back/");
      expect(articlePath("stretching", base)).toBe("/back/stretching/");
      expect(drillPath("stretching", "kneeling", base)).toBe("/back/stretching/kneeling/");
      expect(cardPath(homePath(base))).toBe("/back/card.png");
      expect(posterPath("stretching", base)).toBe("/back/posters/stretching.png");
      expect(markdownPath("stretching", base)).toBe("/back/stretching.md");
      expect(rssPath(base)).toBe("/back/rss.xml");
    }
    expect(underBase("/a/b/", "/two/levels/")).toBe("/two/levels/a/b/");
  });

  it("become absolute with the folder kept", () => {
    expect(absoluteUrl(articlePath("stretching", "/back/"), SITE, "/back/")).toBe("https://site.test/back/stretching/");
    expect(absoluteUrl(homePath("/back/"), SITE, "/back/")).toBe("https://site.test/back/");
    // A site address that already names the folder is the same site.
    expect(absoluteUrl("/back/rss.xml", new URL("https://site.test/back"), "/back/")).toBe("https://site.test/back/rss.xml");
  });

  it("read back to the path from the folder, and nothing outside it", () => {
    expect(withinBase("/back/stretching/", "/back/")).toBe("/stretching/");
    expect(withinBase("/back/", "/back/")).toBe("/");
    expect(withinBase("/stretching/", "/back/")).toBeUndefined();
    expect(withinBase("/backpain/", "/back/")).toBeUndefined();
  });
});

describe("isDrillPath", () => {
  it("is true two levels under the base only", () => {
    expect(isDrillPath("/stretching/kneeling-stretch/", "/")).toBe(true);
    expect(isDrillPath("/stretching/", "/")).toBe(false);
    expect(isDrillPath("/", "/")).toBe(false);
    expect(isDrillPath("/stretching/kneeling-stretch/card.png", "/")).toBe(false);
    expect(isDrillPath("/back/stretching/kneeling-stretch/", "/back/")).toBe(true);
    expect(isDrillPath("/back/stretching/", "/back/")).toBe(false);
    expect(isDrillPath("/stretching/kneeling-stretch/", "/back/")).toBe(false);
  });

  it("is false for the library's own pages two levels down: a topic, a page of the list", () => {
    expect(isDrillPath("/topics/lower-back/", "/")).toBe(false);
    expect(isDrillPath("/page/2/", "/")).toBe(false);
    expect(isDrillPath("/back/topics/hips/", "/back/")).toBe(false);
  });
});

describe("listPagePath", () => {
  it("is the home page for the first page and /page/<n>/ after it, under the base", () => {
    expect(listPagePath(1, "/")).toBe("/");
    expect(listPagePath(2, "/")).toBe("/page/2/");
    expect(listPagePath(1, "/back/")).toBe("/back/");
    expect(listPagePath(9, "/back/")).toBe("/back/page/9/");
  });

  it("refuses a page that cannot exist", () => {
    expect(() => listPagePath(0, "/")).toThrow("numbered from 1, got 0");
    expect(() => listPagePath(1.5, "/")).toThrow("got 1.5");
  });
});

describe("bad input", () => {
  it("refuses a base that is not a folder path, naming it", () => {
    for (const base of [undefined, "", "back/", "//cdn.test/", "/a//b/", "/a/../b/", "/a?b", "/a b/"]) {
      expect(() => normalizeBase(base), String(base)).toThrow(/base must be a path .*got/);
    }
  });

  it("refuses a path outside the base instead of giving an address that does not exist", () => {
    expect(() => absoluteUrl("/stretching/", SITE, "/back/")).toThrow('"/stretching/" is outside the site\'s base "/back/"');
    expect(() => underBase("stretching/", "/")).toThrow('starts with "/"');
  });

  it("refuses a site address naming another folder than the base, and a missing one", () => {
    expect(() => absoluteUrl("/stretching/", new URL("https://user.github.io/back/"), "/")).toThrow(
      /names the folder "\/back\/" but the base is "\/".*--base \/back\//,
    );
    expect(() => absoluteUrl("/", undefined, "/")).toThrow(/set `site`/);
  });
});
