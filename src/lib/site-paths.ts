/**
 * Where each page and file of the site lives. Pages link to each other and the feeds,
 * cards and structured data name them through these, so an address is spelled once.
 */

/** The article page. */
export const articlePath = (articleId: string) => `/${articleId}/`;

/** A drill's share page: the article, primed at the drill, with the drill's own card. */
export const drillPath = (articleId: string, drillSlug: string) => `/${articleId}/${drillSlug}/`;

/** Whether a path is a drill's share page (the only pages two levels deep). */
export const isDrillPath = (path: string) => /^\/[^/]+\/[^/]+\/$/.test(path);

/** The social card (1200x630 PNG) of a page, beside it: `/card.png`, `/<article>/card.png`, `/<article>/<drill>/card.png`. */
export const cardPath = (pagePath: string) => `${pagePath}card.png`;

/** The video poster shown before the player is pressed. */
export const posterPath = (articleId: string) => `/posters/${articleId}.png`;

/** The article as plain Markdown, for readers and agents that want the text alone. */
export const markdownPath = (articleId: string) => `/${articleId}.md`;

export const RSS_PATH = "/rss.xml";
export const SITEMAP_PATH = "/sitemap-index.xml";

/** Social cards are this size (Open Graph's recommended 1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The absolute address of a site path. `site` is Astro's `site` (set from SITE_URL):
 * cards, feeds and structured data need absolute URLs, which a missing `site` cannot give.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error(`Cannot make "${path}" absolute: set \`site\` in astro.config.mjs (or SITE_URL)`);
  return new URL(path, site).href;
}
