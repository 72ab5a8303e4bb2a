// `npm run bench`: Lighthouse on the built site, three runs per page, medians, budgets.
// Run by Node's own TypeScript support (type stripping), after `astro build` (see package.json).
// Writes bench/report.md and bench/report.json; the full Lighthouse reports go to bench/lhr/.
// Exits 1 when a budget is missed or a page could not be measured.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { preview } from "astro";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import { CHROMIUM_FLAGS, systemChromium } from "../tests/chromium.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "bench");
const LHR_DIR = path.join(OUT, "lhr");

const RUNS = 3;
// Off the browser tests' 4321, so a running `npm start` or test server is left alone.
const PORT = Number(process.env["BENCH_PORT"] ?? 4322);
const KB = 1024;
const BUDGET = {
  score: 100,
  cls: 0,
  thirdPartyRequests: 0,
  scriptBytes: 6 * KB,
  // About what a new TCP connection can deliver in its first round trip (10 packets).
  firstPaintBytes: 14 * KB,
};

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

// The browser tests' Chromium and flags, headless.
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

interface Page {
  name: string;
  path: string;
}

interface RunFigures {
  scores: Record<Category, number>;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  requests: number;
  thirdPartyRequests: string[];
  /** First-party scripts: transfer size of script files plus gzip size of inline scripts. */
  scriptBytes: number;
  /** The HTML document plus every request that blocked first paint. */
  firstPaintBytes: number;
  firstPaintRequests: string[];
  bytesByType: Record<string, number>;
  /** Lighthouse's estimate of the CPU's speed during the run; low when the machine is busy. */
  benchmarkIndex: number;
}

type Figures = Omit<RunFigures, "thirdPartyRequests" | "firstPaintRequests"> & {
  thirdPartyRequests: number;
};

interface PageResult extends Page {
  error?: string;
  runs: RunFigures[];
  median?: Figures;
}

class BenchError extends Error {}

/** Home, the first article and its first drill, from content/articles (file name = address). */
function pagesFromContent(): Page[] {
  const dir = path.join(ROOT, "content", "articles");
  const file = readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()[0];
  if (!file) throw new BenchError("content/articles/ holds no article to measure");
  const article = file.replace(/\.mdx?$/, "");
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, file), "utf8"))?.[1] ?? "";
  const chapters = /^chapters:[ \t]*\r?\n((?:[ \t]+.*(?:\r?\n|$))*)/m.exec(frontmatter)?.[1] ?? "";
  const drill = /^[ \t]*(?:-[ \t]+)?slug:[ \t]*["']?([\w-]+)/m.exec(chapters)?.[1];
  if (!drill) throw new BenchError(`content/articles/${file} has no chapters[].slug for a drill page`);
  return [
    { name: "home", path: "/" },
    { name: "article", path: `/${article}/` },
    { name: "drill", path: `/${article}/${drill}/` },
  ];
}

/** The browser the tests use: Debian's, CHROMIUM_PATH, or Playwright's own. */
async function chromiumPath(): Promise<string> {
  const system = systemChromium();
  if (system) return system;
  const { chromium } = await import("@playwright/test");
  return chromium.executablePath();
}

async function lighthouseRun(url: string, chromePath: string): Promise<Result> {
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    // Lighthouse's defaults: mobile emulation and simulated throttling.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new BenchError(`Lighthouse returned nothing for ${url}`);
    const { runtimeError } = result.lhr;
    if (runtimeError) throw new BenchError(`Lighthouse could not measure ${url}: ${runtimeError.code} ${runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

type TableItems = Array<Record<string, unknown>>;

function tableItems(lhr: Result, auditId: string): TableItems {
  const audit = lhr.audits[auditId];
  const details = audit?.details;
  if (!audit || audit.errorMessage || details?.type !== "table") {
    throw new BenchError(`Lighthouse audit ${auditId} has no table${audit?.errorMessage ? `: ${audit.errorMessage}` : ""}`);
  }
  return details.items;
}

function numericValue(lhr: Result, auditId: string): number {
  const value = lhr.audits[auditId]?.numericValue;
  if (value === undefined) throw new BenchError(`Lighthouse audit ${auditId} has no value`);
  return value;
}

const text = (item: Record<string, unknown>, key: string) => String(item[key] ?? "");
const bytes = (item: Record<string, unknown>, key: string) => Number(item[key] ?? 0);

/** Gzip size of the page's inline scripts (JSON data blocks are not scripts). */
function inlineScriptBytes(html: string): number {
  let total = 0;
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== "module" && !type.includes("javascript")) continue;
    if (body.trim()) total += gzipSync(body).length;
  }
  return total;
}

function figures(lhr: Result, origin: string, html: string): RunFigures {
  const scores = {} as Record<Category, number>;
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    scores[id] = typeof score === "number" ? Math.round(score * 100) : Number.NaN;
  }

  const requests = tableItems(lhr, "network-requests").filter((item) => /^(https?|wss?):/.test(text(item, "url")));
  const isFirstParty = (item: Record<string, unknown>) => new URL(text(item, "url")).origin === origin;
  const firstParty = requests.filter(isFirstParty);

  const document = requests.find((item) => text(item, "url") === lhr.mainDocumentUrl);
  if (!document) throw new BenchError(`no request for the page itself among the requests for ${lhr.finalDisplayedUrl}`);
  const blocking = tableItems(lhr, "render-blocking-insight").map((item) => text(item, "url"));
  const blockingRequests = requests.filter((item) => blocking.includes(text(item, "url")));

  const bytesByType: Record<string, number> = {};
  let requestCount = 0;
  for (const item of tableItems(lhr, "resource-summary")) {
    const type = text(item, "resourceType");
    bytesByType[type] = bytes(item, "transferSize");
    if (type === "total") requestCount = bytes(item, "requestCount");
  }

  return {
    scores,
    lcpMs: Math.round(numericValue(lhr, "largest-contentful-paint")),
    fcpMs: Math.round(numericValue(lhr, "first-contentful-paint")),
    tbtMs: Math.round(numericValue(lhr, "total-blocking-time")),
    cls: numericValue(lhr, "cumulative-layout-shift"),
    requests: requestCount,
    thirdPartyRequests: requests.filter((item) => !isFirstParty(item)).map((item) => text(item, "url")),
    scriptBytes:
      firstParty
        .filter((item) => text(item, "resourceType") === "Script")
        .reduce((sum, item) => sum + bytes(item, "transferSize"), 0) + inlineScriptBytes(html),
    firstPaintBytes: [document, ...blockingRequests].reduce((sum, item) => sum + bytes(item, "transferSize"), 0),
    firstPaintRequests: [document, ...blockingRequests].map((item) => new URL(text(item, "url")).pathname),
    bytesByType,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function medians(runs: RunFigures[]): Figures {
  const of = (pick: (run: RunFigures) => number) => median(runs.map(pick));
  const scores = {} as Record<Category, number>;
  for (const id of CATEGORIES) scores[id] = of((run) => run.scores[id]);
  const bytesByType: Record<string, number> = {};
  for (const type of Object.keys(runs[0]?.bytesByType ?? {})) bytesByType[type] = of((run) => run.bytesByType[type] ?? 0);
  return {
    scores,
    lcpMs: of((run) => run.lcpMs),
    fcpMs: of((run) => run.fcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    requests: of((run) => run.requests),
    // Any request to another site in any run is a leak, so this one is the most seen, not the median.
    thirdPartyRequests: Math.max(...runs.map((run) => run.thirdPartyRequests.length)),
    scriptBytes: of((run) => run.scriptBytes),
    firstPaintBytes: of((run) => run.firstPaintBytes),
    bytesByType,
    benchmarkIndex: of((run) => run.benchmarkIndex),
  };
}

function missedBudgets(page: PageResult): string[] {
  if (page.error) return [`${page.name} ${page.path}: ${page.error}`];
  const m = page.median;
  if (!m) return [`${page.name} ${page.path}: not measured`];
  const missed: string[] = [];
  const miss = (what: string, value: string, limit: string) =>
    missed.push(`${page.name} ${page.path}: ${what} is ${value}, budget ${limit}`);
  for (const id of CATEGORIES) {
    if (m.scores[id] >= BUDGET.score) continue;
    // Timings suffer first when other work shares the CPU; the index tells a busy machine from a slow page.
    const cpu = id === "performance" ? ` (CPU benchmark index ${m.benchmarkIndex})` : "";
    miss(`${id} score`, `${m.scores[id]}${cpu}`, String(BUDGET.score));
  }
  if (!(m.cls <= BUDGET.cls)) miss("CLS", formatCls(m.cls), String(BUDGET.cls));
  if (m.thirdPartyRequests > BUDGET.thirdPartyRequests) {
    const urls = [...new Set(page.runs.flatMap((run) => run.thirdPartyRequests))];
    miss("third-party requests before interaction", `${m.thirdPartyRequests} (${urls.join(", ")})`, "0");
  }
  if (m.scriptBytes > BUDGET.scriptBytes) miss("first-party JavaScript", kb(m.scriptBytes), kb(BUDGET.scriptBytes));
  if (m.firstPaintBytes > BUDGET.firstPaintBytes) {
    miss("HTML + render-blocking CSS", kb(m.firstPaintBytes), kb(BUDGET.firstPaintBytes));
  }
  return missed;
}

const kb = (n: number) => (n === 0 ? "0" : `${(n / KB).toFixed(1)} KB`);
const ms = (n: number) => `${Math.round(n)} ms`;
const formatCls = (n: number) => (n === 0 ? "0" : n.toPrecision(2));

function tables(pages: PageResult[]): string {
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const figuresTable = [
    row(["Page", "Perf", "A11y", "BP", "SEO", "LCP", "FCP", "TBT", "CLS", "Requests", "3rd-party", "JS gz", "HTML+CSS gz"]),
    row(["---", ...Array<string>(12).fill("--:")]),
  ];
  const bytesTable = [
    row(["Page", "Document", "Stylesheet", "Script", "Image", "Font", "Other", "Total"]),
    row(["---", ...Array<string>(7).fill("--:")]),
  ];
  for (const page of pages) {
    const m = page.median;
    if (!m) {
      figuresTable.push(row([page.name, ...Array<string>(12).fill("–")]));
      bytesTable.push(row([page.name, ...Array<string>(7).fill("–")]));
      continue;
    }
    figuresTable.push(
      row([
        page.name,
        ...CATEGORIES.map((id) => String(m.scores[id])),
        ms(m.lcpMs),
        ms(m.fcpMs),
        ms(m.tbtMs),
        formatCls(m.cls),
        String(m.requests),
        String(m.thirdPartyRequests),
        kb(m.scriptBytes),
        kb(m.firstPaintBytes),
      ]),
    );
    const types = ["document", "stylesheet", "script", "image", "font", "other", "total"];
    bytesTable.push(row([page.name, ...types.map((type) => kb(m.bytesByType[type] ?? 0))]));
  }
  return `${figuresTable.join("\n")}\n\n${bytesTable.join("\n")}`;
}

function report(pages: PageResult[], lhr: Result | undefined, missed: string[], date: string): string {
  const environment = lhr
    ? `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0] ?? "Chromium"}, ` +
      `default mobile emulation and simulated throttling.`
    : "No page could be measured.";
  const lines = [
    "# Benchmark",
    "",
    `Measured ${date} by \`npm run bench\`. ${environment}`,
    `${RUNS} runs per page; each figure is the median, except third-party requests: the most seen in any run.`,
    "",
    ...pages.map(
      (page) =>
        `- ${page.name}: \`${page.path}\`` +
        (page.median ? ` (Lighthouse CPU benchmark index ${page.median.benchmarkIndex})` : ""),
    ),
    "",
    tables(pages),
    "",
    "Scores are Lighthouse's categories: Performance, Accessibility, Best Practices, SEO. JS is the first-party",
    "JavaScript loaded before any interaction; HTML+CSS is the page's HTML plus every request that blocked its",
    "first paint. Sizes are bytes on the wire as Lighthouse recorded them (KB = 1024 bytes): `astro preview`",
    "gzips text responses, and response headers count. Inline scripts, if any, count as their gzip size.",
    "",
    "## Budgets",
    "",
    `Performance, Accessibility, Best Practices and SEO ${BUDGET.score}; CLS ${BUDGET.cls}; no third-party request before`,
    `interaction; first-party JavaScript <= ${kb(BUDGET.scriptBytes)}; HTML + render-blocking CSS <= ${kb(BUDGET.firstPaintBytes)}.`,
    "",
    missed.length ? ["Missed:", "", ...missed.map((line) => `- ${line}`)].join("\n") : "All budgets met.",
    "",
  ];
  return lines.join("\n");
}

async function main(): Promise<number> {
  const pages: PageResult[] = pagesFromContent().map((page) => ({ ...page, runs: [] }));
  for (const page of pages) {
    const file = path.join(DIST, page.path, "index.html");
    if (!existsSync(file)) {
      page.error = `page missing from the build (no ${path.relative(ROOT, file)})`;
      console.error(`bench: the ${page.name} page ${page.path} is missing from the build (no ${path.relative(ROOT, file)})`);
    }
  }

  rmSync(LHR_DIR, { recursive: true, force: true });
  mkdirSync(LHR_DIR, { recursive: true });
  const chromePath = await chromiumPath();
  const server = await preview({ root: ROOT, logLevel: "error", server: { host: "127.0.0.1", port: PORT } });
  let lastLhr: Result | undefined;
  try {
    const origin = `http://127.0.0.1:${server.port}`;
    console.log(`bench: serving dist/ at ${origin}, Chromium ${chromePath}`);
    for (const page of pages) {
      if (page.error) continue;
      const url = origin + page.path;
      try {
        const response = await fetch(url);
        if (!response.ok) throw new BenchError(`${url} answered ${response.status}`);
        const html = await response.text();
        for (let run = 1; run <= RUNS; run++) {
          console.log(`bench: ${page.name} ${page.path}, run ${run} of ${RUNS}`);
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

  const missed = pages.flatMap(missedBudgets);
  const date = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const summary = {
    date,
    lighthouseVersion: lastLhr?.lighthouseVersion,
    userAgent: lastLhr?.environment.hostUserAgent,
    runsPerPage: RUNS,
    budgets: BUDGET,
    pages,
    missed,
  };
  writeFileSync(path.join(OUT, "report.json"), `${JSON.stringify(summary, null, 2)}\n`);
  const markdown = report(pages, lastLhr, missed, date);
  writeFileSync(path.join(OUT, "report.md"), markdown);
  console.log(`\n${tables(pages)}\n`);
  if (missed.length) {
    console.error(`bench: budgets missed or pages not measured:\n${missed.map((line) => `  - ${line}`).join("\n")}`);
    return 1;
  }
  console.log("bench: all budgets met (bench/report.md)");
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
