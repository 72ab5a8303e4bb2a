// How the build grows with the number of articles: in a throwaway copy of the project, N copies
// of the first article are built twice, cold (no Astro cache, so every card is drawn) and warm
// (a second build with nothing changed). The machine's speed is read just before and after each
// build, so the time can be judged against the machine it ran on (judge.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCopy, copyProject, type ProjectCopy } from "../tools/project-copy.ts";
import { BenchError } from "./errors.ts";
import type { MachineSpeed } from "./judge.ts";
import { measureLibrary, type LibraryFigures } from "./library-scale.ts";

export const ARTICLE_COUNTS = [1, 200, 1000] as const;

/** The copies' topics, one set a copy in turn, so topic pages and the drill index have many groups. */
export const COPY_TOPICS = [
  ["hips", "lower back"],
  ["neck"],
  ["posture", "lower back"],
  ["breathing"],
  ["hips"],
  ["sleep", "neck"],
  ["walking"],
  ["sitting", "hips"],
] as const;

export interface BuildFigures {
  articles: number;
  /** Pages in the build (HTML files in dist/). */
  pages: number;
  coldMs: number;
  warmMs: number;
  coldMaxRssBytes: number;
  warmMaxRssBytes: number;
  /** Lighthouse's CPU benchmark index just before and after the cold build, and the warm one. */
  coldSpeed: MachineSpeed;
  warmSpeed: MachineSpeed;
  /** What the library costs at this size: home page, search index, a first search, `_headers`. */
  library?: LibraryFigures;
}

/**
 * The `n`th copy of an article: its own address, title and video title (so its cards and poster
 * are its own, as they would be for a real article) and the `n`th topics of COPY_TOPICS; the
 * text and drills are the original's.
 */
export function articleCopy(file: string, text: string, n: number): { file: string; text: string } {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (frontmatter === undefined) throw new BenchError(`${file} has no frontmatter to copy`);
  const suffix = ` (copy ${n})`;
  let titles = 0;
  const renamed = frontmatter
    // The article's title (top level) and its video's (indented under `video:`), quoted or not.
    .replace(/^(title:| {2}title:)[ \t]*(["']?)(.*?)\2[ \t]*$/gm, (_, key: string, quote: string, title: string) => {
      titles++;
      const plain = quote === "'" ? title.replace(/''/g, "'") : quote === '"' ? (JSON.parse(`"${title}"`) as string) : title;
      return `${key} ${JSON.stringify(plain + suffix)}`;
    });
  if (titles !== 2) throw new BenchError(`${file}: expected a title and a video.title to copy, found ${titles} titles`);
  const topics = `topics: [${(COPY_TOPICS[(n - 1) % COPY_TOPICS.length] ?? []).join(", ")}]`;
  const withTopics = /^topics:.*$/m.test(renamed) ? renamed.replace(/^topics:.*$/m, topics) : `${renamed}\n${topics}`;
  return {
    file: file.replace(/(\.mdx?)$/, `-copy-${n}$1`),
    text: text.replace(frontmatter, () => withTopics),
  };
}

/** HTML pages in a built site. */
const countPages = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html")).length;

const build = (copy: ProjectCopy) =>
  buildCopy(copy).catch((error: unknown) => {
    throw new BenchError(error instanceof Error ? error.message : String(error));
  });

/**
 * Builds 1, 50 and 200 copies of `articleFile`, cold then warm, printing progress; `cpuIndex`
 * reads the machine's speed before the cold build, between the two and after the warm one.
 */
export async function measureBuilds(
  articleFile: string,
  log: (line: string) => void,
  cpuIndex: () => Promise<number>,
): Promise<BuildFigures[]> {
  const original = readFileSync(articleFile, "utf8");
  const copy = copyProject("bench-build-");
  const results: BuildFigures[] = [];
  try {
    for (const articles of ARTICLE_COUNTS) {
      rmSync(copy.articlesDir, { recursive: true, force: true });
      mkdirSync(copy.articlesDir);
      for (let n = 1; n <= articles; n++) {
        const article = articleCopy(path.basename(articleFile), original, n);
        writeFileSync(path.join(copy.articlesDir, article.file), article.text, { flag: "wx" });
      }
      rmSync(copy.cacheDir, { recursive: true, force: true });
      rmSync(path.join(copy.root, ".astro"), { recursive: true, force: true });
      rmSync(copy.distDir, { recursive: true, force: true });
      const beforeCold = await cpuIndex();
      log(`build: ${articles} article(s), cold (CPU benchmark index ${beforeCold})`);
      const cold = await build(copy);
      const beforeWarm = await cpuIndex();
      log(
        `build: ${articles} article(s), warm (${Math.round(cold.ms / articles)} ms per article cold; CPU benchmark index ${beforeWarm})`,
      );
      const warm = await build(copy);
      const afterWarm = await cpuIndex();
      const firstDrill = /^\s+- title:\s*(.+)$/m.exec(original)?.[1]?.trim();
      log(`build: ${articles} article(s), the library's sizes and a first search`);
      const library = firstDrill ? await measureLibrary(copy.distDir, firstDrill) : undefined;
      results.push({
        articles,
        pages: countPages(copy.distDir),
        coldMs: cold.ms,
        warmMs: warm.ms,
        coldMaxRssBytes: cold.maxRssBytes,
        warmMaxRssBytes: warm.maxRssBytes,
        coldSpeed: { before: beforeCold, after: beforeWarm },
        warmSpeed: { before: beforeWarm, after: afterWarm },
        ...(library ? { library } : {}),
      });
    }
  } finally {
    copy.remove();
  }
  return results;
}
