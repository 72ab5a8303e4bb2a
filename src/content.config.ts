import { readFile } from "node:fs/promises";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./lib/article-schema";
import { datesAsWritten, frontmatterText } from "./lib/frontmatter";

/**
 * Articles are MDX files in the top-level `content/articles/` folder; the file name is
 * the page's address. `ARTICLES_DIR` points the site at another folder (tests build
 * fixture content that way).
 */
const files = glob({ pattern: "**/*.mdx", base: process.env["ARTICLES_DIR"] ?? "./content/articles" });

const articles = defineCollection({
  loader: {
    ...files,
    // The schema checks dates as written, not as YAML already read them (see lib/frontmatter.ts).
    load: (context) =>
      files.load({
        ...context,
        parseData: async (entry) => {
          const frontmatter = entry.filePath ? frontmatterText(await readFile(entry.filePath, "utf8")) : undefined;
          const data = frontmatter === undefined ? entry.data : datesAsWritten(entry.data, frontmatter);
          return context.parseData({ ...entry, data: data as typeof entry.data });
        },
      }),
  },
  schema: articleSchema,
});

export const collections = { articles };
