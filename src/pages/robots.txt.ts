import type { APIRoute } from "astro";
import { SITEMAP_PATH, absoluteUrl } from "../lib/site-paths";

/** Every crawler is welcome; the sitemap lists the pages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, site)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
