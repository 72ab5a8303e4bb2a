// `npm run bench`: Lighthouse on the built site against a floor page, and the build at 1, 200 and
// 1,000 articles, with the machine's speed beside both. Run by Node's own TypeScript support (type stripping), after `astro build` (see
// package.json). Writes bench/report.md and bench/report.json; the full Lighthouse reports go to
// bench/lhr/. Exits 1 when a budget is missed or something could not be measured; timings the
// machine was too slow or busy to judge are reported as not judged, and do not fail the run.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { preview } from "astro";
import type { Result } from "lighthouse";
import {
  BUDGET,
  buildTimeJudgements,
  cpuIndexOf,
  judgementLine,
  MACHINE,
  missedBuildBudgets,
  missedLibraryBudgets,
  missedPageBudgets,
  moreRoundsWouldHelp,
  pageTimingJudgements,
} from "./budgets.ts";
import { measureBuilds, type BuildFigures } from "./build-scale.ts";
import { BenchError } from "./errors.ts";
import { distWithFloor, FLOOR_PATH } from "./floor.ts";
import { ratiosToNeighbouringFloors } from "./judge.ts";
import { chromiumPath, figures, lighthouseRun, MAX_ROUNDS, medians, MIN_ROUNDS, type PageResult } from "./lighthouse.ts";
import { cpuBenchmarkIndex } from "./machine-speed.ts";
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

/** Each page's LCP and FCP against the floor runs around it, and every page's medians so far. */
function compareWithFloor(order: string[], pages: PageResult[], floor: PageResult, lcpMs: number[], fcpMs: number[]) {
  const lcp = ratiosToNeighbouringFloors(order.map((name, index) => ({ name, value: lcpMs[index] ?? Number.NaN })));
  const fcp = ratiosToNeighbouringFloors(order.map((name, index) => ({ name, value: fcpMs[index] ?? Number.NaN })));
  for (const page of [floor, ...pages]) {
    if (page.runs.length) page.median = medians(page.runs);
    if (page !== floor) page.toFloor = { lcp: lcp.get(page.name) ?? [], fcp: fcp.get(page.name) ?? [] };
  }
}

/**
 * Lighthouse on each page in rounds, the floor run before each page and once more at the end, so
 * every page run is compared with the floor measured just around it. A page that fails gets its
 * error instead, and is not run again.
 */
async function measurePages(dir: string, floor: PageResult, pages: PageResult[]): Promise<Result | undefined> {
  const chromePath = await chromiumPath();
  const server = await preview({ root: ROOT, outDir: dir, logLevel: "error", server: { host: "127.0.0.1", port: PORT } });
  let lastLhr: Result | undefined;
  // Every run in the order it was taken, with its paint times, for the ratios to the floor.
  const order: string[] = [];
  const lcpMs: number[] = [];
  const fcpMs: number[] = [];
  try {
    const origin = `http://127.0.0.1:${server.port}`;
    log(`serving dist/ and the floor at ${origin}, Chromium ${chromePath}`);
    const html = new Map<PageResult, string>();
    for (const page of [floor, ...pages]) {
      if (page.error) continue;
      const response = await fetch(origin + page.path);
      if (response.ok) html.set(page, await response.text());
      else page.error = `${origin + page.path} answered ${response.status}`;
    }
    const measure = async (page: PageResult, round: number) => {
      if (page.error) return;
      try {
        const lhr = await lighthouseRun(origin + page.path, chromePath);
        writeFileSync(path.join(LHR_DIR, `${page.name}-${page.runs.length + 1}.json`), JSON.stringify(lhr));
        const run = figures(lhr, origin, html.get(page) ?? "");
        page.runs.push(run);
        order.push(page.name);
        lcpMs.push(run.lcpMs);
        fcpMs.push(run.fcpMs);
        lastLhr = lhr;
        log(`round ${round}, ${page.name} ${page.path}: LCP ${run.lcpMs} ms, CPU benchmark index ${run.benchmarkIndex}`);
      } catch (error) {
        if (!(error instanceof BenchError)) throw error;
        page.error = error.message;
        console.error(`bench: ${error.message}`);
      }
    };
    for (let round = 1; ; round++) {
      for (const page of pages) {
        await measure(floor, round);
        await measure(page, round);
      }
      compareWithFloor(order, pages, floor, lcpMs, fcpMs);
      if (round >= MAX_ROUNDS || (round >= MIN_ROUNDS && !moreRoundsWouldHelp(pages, floor))) break;
      if (round >= MIN_ROUNDS) log(`a page's LCP ÷ floor is still too scattered to judge after ${round} rounds: one more round`);
    }
    await measure(floor, 0);
    compareWithFloor(order, pages, floor, lcpMs, fcpMs);
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
    lhr = await measurePages(served?.dir ?? DIST, floor, pages);
  } finally {
    served?.remove();
  }
  console.log(`\n${pageTables(pages)}\n\n${floorTable(pages, floor)}\n`);

  // After Lighthouse, whose timings a build running alongside would spoil.
  let builds: BuildFigures[] = [];
  const buildErrors: string[] = [];
  try {
    const chromePath = await chromiumPath();
    builds = await measureBuilds(articleFile, log, () => cpuBenchmarkIndex(chromePath));
    console.log(`\n${buildTable(builds)}\n\n${libraryTable(builds)}\n`);
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    buildErrors.push(`build: ${error.message}`);
    console.error(`bench: ${error.message}`);
  }

  const timings = [...pageTimingJudgements(pages, floor), ...(buildErrors.length ? [] : buildTimeJudgements(builds))];
  const missed = [
    ...pages.flatMap(missedPageBudgets),
    ...(buildErrors.length ? buildErrors : [...missedBuildBudgets(builds), ...missedLibraryBudgets(builds)]),
    ...timings.filter((judgement) => judgement.status === "missed").map(judgementLine),
  ];
  const notJudged = timings.filter((judgement) => judgement.status === "not judged").map(judgementLine);
  const date = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const summary = {
    date,
    lighthouseVersion: lhr?.lighthouseVersion,
    userAgent: lhr?.environment.hostUserAgent,
    cpuBenchmarkIndex: cpuIndexOf([...pages, floor]),
    budgets: BUDGET,
    machine: MACHINE,
    pages,
    floor,
    builds,
    timings,
    missed,
    notJudged,
  };
  writeFileSync(path.join(OUT, "report.json"), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(path.join(OUT, "report.md"), reportMarkdown({ date, lhr, pages, floor, builds, timings, missed, notJudged }));
  // Timings a slow or busy machine could not judge are said loudly, but do not fail the run.
  if (notJudged.length) {
    console.error(`bench: timing budgets NOT JUDGED on this machine:\n${notJudged.map((line) => `  - ${line}`).join("\n")}`);
  }
  if (missed.length) {
    console.error(`bench: budgets missed or not measured:\n${missed.map((line) => `  - ${line}`).join("\n")}`);
    return 1;
  }
  log(`${notJudged.length ? "every budget judged was met" : "all budgets met"} (bench/report.md)`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
