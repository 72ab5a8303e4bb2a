// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { deployHeaders } from "./src/lib/build/deploy-headers/integration";
import { canonicalSitemap } from "./src/integrations/canonical-sitemap";
import { unpublishedInDev } from "./src/integrations/unpublished-in-dev";
import { replaceWhenBuilt } from "./src/integrations/replace-when-built";
import { siteAddressIntegration } from "./src/integrations/site-address";
import { searchIndex } from "./src/integrations/search-index";
import { cardTokensStylesheet } from "./src/lib/build/cards/card-tokens-stylesheet";
// After a click the page frames only YouTube's privacy-enhanced player. Phones and Apple
// browsers also load YouTube's iframe API script, which lite-youtube-embed needs there
// to start playback with the same tap.
import { YOUTUBE_API_ORIGIN, YOUTUBE_EMBED_ORIGIN } from "./src/lib/browser/youtube";

// The site's public address, such as "https://www.your-site.org": canonical links, social cards,
// feeds, structured data and the printed sheets' QR codes are built from it. SITE_URL, when set,
// wins; Netlify and Vercel give it themselves. While this is the placeholder and nothing else
// names the address, `npm run build` stops with a message saying how to set it (see README).
const SITE = "https://your-site.example";

export default defineConfig({
  // Served from the root of its host by default; for a folder (`/<name>/`), build with
  // `astro build --base /<name>/` or set `base` here. Every link, file and feed follows it.
  trailingSlash: "always",
  build: {
    // Every page's CSS goes inside its HTML, so nothing but the document is requested before
    // the first paint; each style's hash is in the page's Content Security Policy.
    inlineStylesheets: "always",
    // Cards and posters are rasterised and compressed off the main thread: with a few pages in
    // flight, the build renders other pages meanwhile and uses every core.
    concurrency: 4,
  },
  integrations: [
    // Sets `site` from SITE above (or SITE_URL, or the host) before anything is built.
    siteAddressIntegration(SITE),
    mdx(),
    // Search engines get the canonical pages only: a drill's share page is its article's.
    canonicalSitemap(),
    // The search index (Pagefind) of the articles and drills, into pagefind/ beside the pages.
    searchIndex(),
    // deployHeaders writes dist/_headers: this policy plus what only a header can say (docs/deploying.md).
    deployHeaders(),
    // Drafts and scheduled articles are shown by `astro dev` only.
    unpublishedInDev(),
    // Last: the new build replaces dist/ only once every step above has written its files.
    replaceWhenBuilt(),
  ],
  // Articles have no code blocks, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  vite: {
    // The player's poster takes the PNG cards' colours and proportions (src/lib/browser/card-tokens.ts).
    plugins: [cardTokensStylesheet()],
    build: {
      // Astro puts a small script without imports inside the page. Only the tiny ones belong
      // there (the loader that starts the others, the scroll to the player before the first
      // paint); anything bigger stays a file, fetched when it is needed rather than with every page.
      assetsInlineLimit: (file, content) => (file.endsWith(".js") ? content.length <= 1024 : undefined),
      rolldownOptions: {
        // MDX content compiled by Astro carries its own "use astro:head-inject" directive,
        // which the bundler reports on every build; it is Astro's to handle, not a content problem.
        onLog(level, log, handler) {
          if (log.code !== "MODULE_LEVEL_DIRECTIVE") handler(level, log);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // data: for the favicon, which each page carries inline (no request before it paints).
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        `frame-src ${YOUTUBE_EMBED_ORIGIN}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval': the search runs Pagefind's WebAssembly, which the browser compiles
        // only with it; it allows no JavaScript eval.
        resources: ["'self'", YOUTUBE_API_ORIGIN, "'wasm-unsafe-eval'"],
      },
    },
  },
});
