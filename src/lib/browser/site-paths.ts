/**
 * Where each page and file of the site lives. Pages link to each other and the feeds,
 * cards and structured data name them through these, so an address is spelled once.
 *
 * The site can be served under a folder of its host (`https://user.github.io/<name>/`):
 * Astro's `base`, set in astro.config.mjs or with `astro build --base /<name>/`. Every
 * path here is the address as served, base included; each function takes the base as
 * its last argument, the site's own by default.
 */

/**
 * The base as Astro gives it (always `/`-started; `/`-ended with `trailingSlash: "always"`),
 * made to start and end with `/`. Anything that is not a path is refused with its value.
 */
export function normalizeBase(base: string | undefined): string {
  if (base === undefined || !base.startsWith("/") || /[?#\\\s]|\/\//.test(base) || /(^|\/)\.\.?(\/|$)/.test(base)) {
    throw new Error(
      `The site's base must be a path such as "/" or "/docs/" (Astro's \`base\`, or --base); got ${JSON.stringify(base)}`,
    );
  }
  return base.endsWith("/") ? base : `${base}/`;
}

/** The folder the site is served from: `/` at the root of its host, `/<name>/` under a folder. */
export const BASE = normalizeBase(import.meta.env.BASE_URL);

/** The address of `path`, given from the site's root ("/rss.xml"), under the base ("/<name>/rss.xml"). */
export function underBase(path: string, base = BASE): string {
  if (!path.startsWith("/")) throw new Error(`A site path starts with "/": got ${JSON.stringify(path)}`);
  return `${normalizeBase(base)}${path.slice(1)}`;
}

/** The inverse of `underBase`: "/<name>/rss.xml" → "/rss.xml"; `undefined` for an address outside the base. */
export function withinBase(path: string, base = BASE): string | undefined {
  const folder = normalizeBase(base);
  return path.startsWith(folder) ? `/${path.slice(folder.length)}` : undefined;
}

/** The home page. */
export const homePath = (base = BASE) => underBase("/", base);

/** The article page. */
export const articlePath = (articleId: string, base = BASE) => underBase(`/${articleId}/`, base);

/** A drill's share page: the article, primed at the drill, with the drill's own card. */
export const drillPath = (articleId: string, drillSlug: string, base = BASE) => underBase(`/${articleId}/${drillSlug}/`, base);

/** The list of every topic. */
export const topicsPath = (base = BASE) => underBase("/topics/", base);

/** One topic's articles and drills; `slug` as `topicSlug` makes it. */
export const topicPath = (slug: string, base = BASE) => underBase(`/topics/${slug}/`, base);

/** Every drill of every article, by topic. */
export const drillsPath = (base = BASE) => underBase("/drills/", base);

/** The folder of the list pages after the first: `/page/2/`, `/page/3/`… */
export const LIST_PAGES_FOLDER = "page";

/** The `number`th page of the list of articles, counting from 1: the home page, then `/page/2/`… */
export function listPagePath(number: number, base = BASE): string {
  if (!Number.isInteger(number) || number < 1) throw new Error(`A list page is numbered from 1, got ${number}`);
  return number === 1 ? homePath(base) : underBase(`/${LIST_PAGES_FOLDER}/${number}/`, base);
}

/** Folders of the site's own pages, which no article may take as its address. */
export const RESERVED_FOLDERS = ["topics", "drills", LIST_PAGES_FOLDER, "posters", "pagefind", "_astro"] as const;

/** Whether an address is a drill's share page: two levels under the base, in an article's folder. */
export function isDrillPath(path: string, base = BASE): boolean {
  const match = /^\/([^/]+)\/[^/]+\/$/.exec(withinBase(path, base) ?? "");
  return match !== null && !(RESERVED_FOLDERS as readonly string[]).includes(match[1] ?? "");
}

/** The search index and its script (Pagefind's files), written after the pages. */
export const searchPath = (base = BASE) => underBase("/pagefind/", base);

/** The social card (1200x630 PNG) of a page, beside it: `card.png` in the page's folder. */
export const cardPath = (pagePath: string) => `${pagePath}card.png`;

/** The video poster shown before the player is pressed. */
export const posterPath = (articleId: string, base = BASE) => underBase(`/posters/${articleId}.png`, base);

/** The article as plain Markdown, for readers and agents that want the text alone. */
export const markdownPath = (articleId: string, base = BASE) => underBase(`/${articleId}.md`, base);
export const rssPath = (base = BASE) => underBase("/rss.xml", base);
export const sitemapPath = (base = BASE) => underBase("/sitemap-index.xml", base);

/** Social cards are this size (Open Graph's recommended 1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The absolute address of a path as served (base included). `site` is Astro's `site` (set
 * from SITE_URL): cards, feeds and structured data need absolute URLs, which a missing
 * `site` cannot give. A path outside the base, or a `site` naming another folder than the
 * base, would give an address that does not exist, so both are refused.
 */
export function absoluteUrl(path: string, site: URL | undefined, base = BASE): string {
  if (!site) throw new Error(`Cannot make "${path}" absolute: set \`site\` in astro.config.mjs (or SITE_URL)`);
  const folder = normalizeBase(base);
  if (withinBase(path, folder) === undefined) {
    throw new Error(
      `"${path}" is outside the site's base "${folder}": make it with the helpers of src/lib/browser/site-paths.ts`,
    );
  }
  if (site.pathname !== "/" && normalizeBase(site.pathname) !== folder) {
    throw new Error(
      `The site's address ${site.href} names the folder "${site.pathname}" but the base is "${folder}": ` +
        `give SITE_URL the origin alone (https://user.github.io) and the folder as base (--base ${site.pathname})`,
    );
  }
  return new URL(path, site).href;
}

/** The site's icon files, drawn from public/favicon.svg and named by the home page. */
export const iconPaths = (base = BASE) => ({
  ico: underBase("/favicon.ico", base),
  appleTouch: underBase("/apple-touch-icon.png", base),
});
