import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { isDrillPath } from "../lib/browser/site-paths";

/**
 * The sitemap (`@astrojs/sitemap`) of the pages search engines should index: every page
 * but the drills' share pages, whose canonical address is their article. Drill pages are
 * recognised under the base the build was given (astro.config.mjs or --base), which only
 * the resolved config knows.
 */
export function canonicalSitemap(): AstroIntegration[] {
  let base = "/";
  return [
    {
      name: "canonical-sitemap-base",
      hooks: {
        "astro:config:done": ({ config }) => {
          base = config.base;
        },
      },
    },
    sitemap({ filter: (page) => !isDrillPath(new URL(page).pathname, base) }),
  ];
}
