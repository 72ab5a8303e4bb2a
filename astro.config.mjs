// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { deployHeaders } from "./src/integrations/deploy-headers";
import { isDrillPath } from "./src/lib/site-paths";

// After a click the page frames only YouTube's privacy-enhanced player. Phones and Apple
// browsers also load YouTube's iframe API script, which lite-youtube-embed needs there
// to start playback with the same tap.
const YOUTUBE_EMBED = "https://www.youtube-nocookie.com";
const YOUTUBE_API = "https://www.youtube.com";

export default defineConfig({
  // The public address of the site: canonical links, social cards, feeds and structured data
  // are built from it. SITE_URL overrides it.
  site: process.env.SITE_URL ?? "https://example.com",
  trailingSlash: "always",
  // Every page's CSS goes inside its HTML, so nothing but the document is requested before
  // the first paint; each style's hash is in the page's Content Security Policy.
  build: { inlineStylesheets: "always" },
  integrations: [
    mdx(),
    // Search engines get the canonical pages only: a drill's share page is its article's.
    sitemap({ filter: (page) => !isDrillPath(new URL(page).pathname) }),
    // deployHeaders writes dist/_headers: this policy plus what only a header can say (see README).
    deployHeaders(),
  ],
  // Articles have no code blocks, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // MDX content compiled by Astro carries its own "use astro:head-inject" directive,
        // which the bundler reports on every build; it is Astro's to handle, not a content problem.
        onwarn(warning, warn) {
          if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        `frame-src ${YOUTUBE_EMBED}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", YOUTUBE_API],
      },
    },
  },
});
