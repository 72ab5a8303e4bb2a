/** The site's name, as the header, footer and page titles show it. */
export const SITE_NAME = "Back in Motion";

/** One line on the home page under the site name. */
export const SITE_TAGLINE = "Short, evidence-minded reads and drills for a calmer back.";

/** Articles on each page of the list: the home page shows the newest, `/page/2/` the next… */
export const ARTICLES_PER_PAGE = 12;
