import type { APIRoute } from "astro";
import { cardResponse } from "../lib/build/cards/card-response";
import { siteCard } from "../lib/build/cards/cards";

/** The site's own social card, for the home page and pages without one of their own. */
export const GET: APIRoute = async () => cardResponse(siteCard().content);
