// `npm run bench`: Lighthouse on the built site against a floor page, and the build at 1, 200 and
// 1,000 articles. Run by Node's own TypeScript support (type stripping), after `astro build` (see
// package.json). Writes bench/report.md and bench/report.json; the full Lighthouse reports go to
// bench/lhr/. Exits 1 when a budget is missed or something could not be measured.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { preview } from "astro";
import type { Result } from "lighthouse";
import { BUDGET, missedBuildBudgets, missedFloorBudgets, missedLibraryBudgets, missedPageBudgets } from "./budgets.ts";
import { measureBuilds, type BuildFigures } from "./build-scale.ts";
import { BenchError } from "./errors.ts";
import { distWithFloor, FLOOR_PATH } from "./floor.ts";
import { chromiumPath, figures, lighthouseRun, medians, RUNS, type PageResult } from "./lighthouse.ts";
import { pagesFromContent } from "./pages.ts";
import { buildTable, floorTable, libraryTable, pageTables, reportMarkdown } from "./report.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "bench");
const LHR_DIR = path.join(OUT, "lhr");
// Off the browser tests' 4321, so a running `npm start` or test server is left alone.
const PORT = Number(process.env["BENCH_PORT"] ?? 4322);

const log = (line: string) => {
  console.log(`bench: ${line}`);
};

/** Three Lighthouse runs on each page, served from `dir`; a page that fails gets its error instead. */
async function measurePages(dir: string, pages: PageResult[]): Promise<Result | undefined> {
  const chromePath = await chromiumPath();
  const server = await preview({ root: ROOT, outDir: dir, logLevel: "error", server: { host: "127.0.0.1", port: PORT } });
  let lastLhr: Result | undefined;
  try {
    const origin = `http://127.0.0.1:${server.port}`;
    log(`serving dist/ and the floor at ${origin}, Chromium ${chromePath}`);
    for (const page of pages) {
      if (page.error) continue;
      const url = origin + page.path;
      try {
        const response = await fetch(url);
        if (!response.ok) throw new BenchError(`${url} answered ${response.status}`);
        const html = await response.text();
        for (let run = 1; run <= RUNS; run++) {
          log(`${page.name} ${page.path}, run ${run} of ${RUNS}`);
          const lhr = await lighthouseRun(url, chromePath);
          writeFileSync(path.join(LHR_DIR, `${page.name}-${run}.json`), JSON.stringify(lhr));
          page.runs.push(figures(lhr, origin, html));
          lastLhr = lhr;
        }
        page.median = medians(page.runs);
      } catch (error) {
        if (!(error instanceof BenchError)) throw error;
        page.error = error.message;
        console.error(`bench: ${error.message}`);
      }
    }
  } finally {
    await server.stop();
  }
  return lastLhr;
}

async function main(): Promise<number> {
  const { pages: measured, articleFile } = pagesFromContent(ROOT);
  const pages: PageResult[] = measured.map((page) => ({ ...page, runs: [] }));
  for (const page of pages) {
    const file = path.join(DIST, page.path, "index.html");
    if (!existsSync(file)) {
      page.error = `page missing from the build (no ${path.relative(ROOT, file)})`;
      console.error(`bench: the ${page.name} page ${page.path} is missing from the build (no ${path.relative(ROOT, file)})`);
    }
  }
  const floor: PageResult = { name: "floor", path: FLOOR_PATH, runs: [] };
  const article = pages.find((page) => page.name === "article");
  if (!article || article.error) floor.error = "no built article page to take the floor's text from";

  rmSync(LHR_DIR, { recursive: true, force: true });
  mkdirSync(LHR_DIR, { recursive: true });
  // The floor is served from a copy of dist/, so the deployable dist/ never holds it.
  const served =
    floor.error || !article ? undefined : distWithFloor(DIST, readFileSync(path.join(DIST, article.path, "index.html"), "utf8"));
  let lhr: Result | undefined;
  try {
    lhr = await measurePages(served?.dir ?? DIST, [floor, ...pages]);
  } finally {
    served?.remove();
  }
  console.log(`\n${pageTables(pages)}\n\n${floorTable(pages, floor)}\n`);

  // After Lighthouse, whose timings a build running alongside would spoil.
  let builds: BuildFigures[] = [];
  const buildErrors: string[] = [];
  try {
    builds = await measureBuilds(articleFile, log);
    console.log(`\n${buildTable(builds)}\n\n${libraryTable(builds)}\n`);
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    buildErrors.push(`build: ${error.message}`);
    console.error(`bench: ${error.message}`);
  }

  const missed = [
    ...pages.flatMap(missedPageBudgets),
    ...missedFloorBudgets(pages, floor),
    ...(buildErrors.length ? buildErrors : [...missedBuildBudgets(builds), ...missedLibraryBudgets(builds)]),
  ];
  const date = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const summary = {
    date,
    lighthouseVersion: lhr?.lighthouseVersion,
    userAgent: lhr?.environment.hostUserAgent,
    runsPerPage: RUNS,
    budgets: BUDGET,
    pages,
    floor,
    builds,
    missed,
  };
  writeFileSync(path.join(OUT, "report.json"), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(path.join(OUT, "report.md"), reportMarkdown({ date, lhr, pages, floor, builds, missed }));
  if (missed.length) {
    console.error(`bench: budgets missed or not measured:\n${missed.map((line) => `  - ${line}`).join("\n")}`);
    return 1;
  }
  log("all budgets met (bench/report.md)");
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
