import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

/**
 * Writes the site's search index (Pagefind) into `pagefind/` beside the built pages. Pages
 * mark what is searched: an article's text (`data-pagefind-body` on the article page) and
 * each drill on its own page, titled by the drill's name with its time and article as meta
 * (DrillList and ArticleHeader). The index holds addresses from the site's root; the search
 * script adds the base.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
          if (!index) throw new Error(errors.join("\n"));
          const added = await index.addDirectory({ path: root });
          if (added.errors.length > 0) throw new Error(added.errors.join("\n"));
          if (added.page_count === 0) throw new Error("no page is marked for search (data-pagefind-body)");
          const written = await index.writeFiles({ outputPath: join(root, "pagefind") });
          if (written.errors.length > 0) throw new Error(written.errors.join("\n"));
          logger.info(`search index: ${added.page_count} pages and drills`);
        } catch (error) {
          throw new Error(`The search index (Pagefind) could not be written: ${(error as Error).message}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
