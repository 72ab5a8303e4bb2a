import type { APIRoute } from "astro";
import { absoluteUrl, homePath, sitemapPath } from "../lib/browser/site-paths";

/** Every crawler is welcome; the sitemap lists the pages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${homePath()}\n\nSitemap: ${absoluteUrl(sitemapPath(), site)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
