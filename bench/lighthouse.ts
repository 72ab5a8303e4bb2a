// Running Lighthouse on one page and reading the figures the benchmark reports from its result.
import { gzipSync } from "node:zlib";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import { CHROMIUM_FLAGS, systemChromium } from "../tools/chromium.ts";
import { BenchError } from "./errors.ts";
import type { Page } from "./pages.ts";

/**
 * Rounds of runs: each round runs Lighthouse on the floor and each page in turn (floor, home,
 * floor, article, floor, drill), and one more floor closes the last round. At least MIN_ROUNDS;
 * more, up to MAX_ROUNDS, while a page's LCP ÷ floor is too scattered to judge (judge.ts).
 */
export const MIN_ROUNDS = 5;
export const MAX_ROUNDS = 8;

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

// The browser tests' Chromium and flags, headless.
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

export interface RunFigures {
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

export type Figures = Omit<RunFigures, "thirdPartyRequests" | "firstPaintRequests"> & {
  thirdPartyRequests: number;
  firstPaintRequests: number;
};

export interface PageResult extends Page {
  error?: string;
  runs: RunFigures[];
  median?: Figures;
  /** Each run's LCP and FCP divided by the floor runs just before and after it, in run order. */
  toFloor?: { lcp: number[]; fcp: number[] };
}

/** The browser the tests use: Debian's, CHROMIUM_PATH, or Playwright's own. */
export async function chromiumPath(): Promise<string> {
  const system = systemChromium();
  if (system) return system;
  const { chromium } = await import("@playwright/test");
  return chromium.executablePath();
}

export async function lighthouseRun(url: string, chromePath: string): Promise<Result> {
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

type TableItems = Record<string, unknown>[];

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

const text = (item: Record<string, unknown>, key: string) => {
  const value = item[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
};
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

export function figures(lhr: Result, origin: string, html: string): RunFigures {
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

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const at = (index: number) => sorted[index] ?? Number.NaN; // no runs, no median
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

export function medians(runs: RunFigures[]): Figures {
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
    // Likewise a request that blocked the first paint in any run.
    firstPaintRequests: Math.max(...runs.map((run) => run.firstPaintRequests.length)),
    scriptBytes: of((run) => run.scriptBytes),
    firstPaintBytes: of((run) => run.firstPaintBytes),
    bytesByType,
    benchmarkIndex: of((run) => run.benchmarkIndex),
  };
}
