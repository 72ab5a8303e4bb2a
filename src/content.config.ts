import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./lib/article-schema";

/**
 * Articles are MDX files in the top-level `content/articles/` folder; the file name is
 * the page's address. `ARTICLES_DIR` points the site at another folder (tests build
 * fixture content that way).
 */
const articles = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: process.env["ARTICLES_DIR"] ?? "./content/articles" }),
  schema: articleSchema,
});

export const collections = { articles };
