import type { APIRoute } from "astro";
import { SITE_NAME, SITE_TAGLINE } from "../consts";
import { cardResponse } from "../lib/build/cards/card-response";
import { CARD_SIZE } from "../lib/browser/site-paths";

/** The site's own social card, for the home page and pages without one of their own. */
export const GET: APIRoute = async () => cardResponse({ ...CARD_SIZE, title: SITE_TAGLINE, siteName: SITE_NAME });
