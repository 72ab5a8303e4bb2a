import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineCollection } from "astro:content";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { articleSchema } from "./lib/content/article-schema";
import { checkArticle } from "./lib/content/article-check";
import {
  clearContentProblems,
  ContentError,
  formatContentProblems,
  recordContentProblems,
  type ContentProblem,
  type FileProblems,
} from "./lib/content/content-errors";
import { datesAsWritten, frontmatterText, quoteValueHint } from "./lib/content/frontmatter";
import { RESERVED_FOLDERS } from "./lib/browser/site-paths";

/**
 * Articles are MDX files in the top-level `content/articles/` folder; the file name is
 * the page's address. `ARTICLES_DIR` points the site at another folder (tests build
 * fixture content that way).
 */
const files = glob({ pattern: "**/*.mdx", base: process.env["ARTICLES_DIR"] ?? "./content/articles" });

/** How the glob loader reads a file's frontmatter and text: one per file extension. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}
/** The loader context the glob loader reads: the public one plus its entry types. */
type GlobLoaderContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * The glob loader, with every article checked as its author wrote it: the frontmatter's YAML,
 * the schema (dates as written, see lib/content/frontmatter.ts) and the text's components, each mistake
 * with its line. A build stops with every mistake of every file. `astro dev` keeps running and
 * shows them in its error overlay until they are fixed: a file with a mistake is taken out of
 * the collection, which reloads the page, and the pages' `getArticles()` throws them.
 */
function checkedArticles(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const { entryTypes } = context as GlobLoaderContext;
      const root = fileURLToPath(context.config.root);
      const dev = context.watcher !== undefined;
      /** Files with a mistake since they were last read, by absolute path. */
      const failed = new Map<string, FileProblems>();
      let loaded = false;

      /** Deletes the entry of a file from the collection (its id is unknown when YAML fails). */
      const removeEntryOf = (filePath: string, id?: string) => {
        const stored = [...context.store.values()].find(
          (entry) => entry.filePath !== undefined && path.resolve(root, entry.filePath) === filePath,
        );
        // Deleting always saves the collection, even an entry no longer there: that save is
        // what makes `astro dev` reload the page, which then shows the mistake.
        context.store.delete(stored?.id ?? id ?? filePath);
      };

      const fail = (filePath: string, problems: ContentProblem[], id?: string) => {
        const relative = path.relative(root, filePath);
        const file = relative.startsWith("..") ? filePath : relative.split(path.sep).join("/");
        const fileProblems = { file, path: filePath, problems };
        failed.set(filePath, fileProblems);
        if (!dev) return;
        recordContentProblems(fileProblems);
        removeEntryOf(filePath, id);
        // While watching, the glob loader prints the error ("Failed to reload …") and keeps going.
        if (loaded) throw new ContentError([fileProblems]);
        context.logger.error(formatContentProblems([fileProblems]));
      };

      const checkedEntryTypes = new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
              const filePath = fileURLToPath(params.fileUrl);
              failed.delete(filePath);
              clearContentProblems(filePath);
              try {
                return await type.getEntryInfo(params);
              } catch (error) {
                if (!(error instanceof Error && error.name === "YAMLException")) throw error;
                fail(filePath, [yamlProblem(error, params.contents)]);
                return { data: {}, body: "", slug: "", rawData: "" };
              }
            },
          },
        ]),
      );

      await loader.load({
        ...context,
        entryTypes: checkedEntryTypes,
        store: {
          ...context.store,
          // A file with a mistake leaves the collection rather than go on with its last good version.
          set: (entry) => {
            const filePath = entry.filePath && path.resolve(root, entry.filePath);
            if (filePath && failed.has(filePath)) {
              context.store.delete(entry.id);
              return false;
            }
            return context.store.set(entry);
          },
        },
        parseData: async (entry) => {
          const filePath = entry.filePath;
          if (!filePath || failed.has(filePath)) return entry.data;
          const source = await readFile(filePath, "utf8");
          const frontmatter = frontmatterText(source);
          const data = frontmatter === undefined ? entry.data : datesAsWritten(entry.data, frontmatter);
          const check = checkArticle(source, data);
          const problems = [...(check.ok ? [] : check.problems), ...addressProblems(entry.id)];
          if (problems.length > 0) {
            fail(filePath, problems, entry.id);
            return entry.data;
          }
          return context.parseData({ ...entry, data: data as typeof entry.data });
        },
      } as GlobLoaderContext);
      loaded = true;

      context.watcher?.on("unlink", (filePath) => {
        if (!failed.delete(filePath)) return;
        clearContentProblems(filePath);
        removeEntryOf(filePath);
      });
      if (!dev && failed.size > 0) {
        throw new ContentError([...failed.values()].sort((a, b) => a.file.localeCompare(b.file)));
      }
    },
  };
}

/** An article's address (its file name) must not be one of the site's own folders. */
function addressProblems(id: string): ContentProblem[] {
  if (!(RESERVED_FOLDERS as readonly string[]).includes(id)) return [];
  return [
    {
      message: `the address /${id}/ belongs to the site's own pages (${RESERVED_FOLDERS.join(", ")}); rename the file`,
    },
  ];
}

/** A frontmatter YAML could not read, with the fix when the cause is a colon in a value. */
function yamlProblem(error: Error, contents: string): ContentProblem {
  const { loc, reason } = error as Error & { loc?: { line?: number }; reason?: string };
  const line = loc?.line;
  const lines = contents.split(/\r?\n/);
  const hint = line === undefined ? undefined : (quoteValueHint(lines[line - 1] ?? "") ?? quoteValueHint(lines[line - 2] ?? ""));
  return {
    line,
    message: `the frontmatter is not valid YAML (${reason ?? error.message}).${hint ? ` ${hint}` : ""}`,
  };
}

const articles = defineCollection({
  loader: checkedArticles(files),
  schema: articleSchema,
});

export const collections = { articles };
