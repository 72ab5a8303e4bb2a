// The site's identity, in one place: its name, its tagline and who writes its articles.

/** The site's name, as the header, footer and page titles show it. */
export const SITE_NAME = "Back in Motion";

/** One line on the home page under the site name. */
export const SITE_TAGLINE = "Short, evidence-minded reads and drills for a calmer back.";

/** Who wrote an article, as `npm run new` fills in a new article's `author` (each article can say otherwise). */
export const DEFAULT_AUTHOR = "Back in Motion";

/** Articles on each page of the list: the home page shows the newest, `/page/2/` the next… */
export const ARTICLES_PER_PAGE = 12;
