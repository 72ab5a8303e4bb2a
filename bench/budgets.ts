// What the benchmark holds the site to, and the list of budgets a run missed.
import type { BuildFigures } from "./build-scale.ts";
import { CATEGORIES, type PageResult } from "./lighthouse.ts";

export const KB = 1024;

export const BUDGET = {
  score: 100,
  cls: 0,
  thirdPartyRequests: 0,
  scriptBytes: 6 * KB,
  // About what a new TCP connection can deliver in its first round trip (10 packets).
  firstPaintBytes: 14 * KB,
  /** A page's LCP at most this many times the floor's: the text bare, with nothing else. */
  lcpToFloor: 1.1,
  /** At this many articles, the build's time per article. */
  buildArticles: 200,
  coldMsPerArticle: 300,
  warmMsPerArticle: 60,
  /** At this many articles, search index included: the build's time per article and peak memory. */
  libraryArticles: 1000,
  libraryColdMsPerArticle: 200,
  libraryWarmMsPerArticle: 40,
  libraryPeakMemoryBytes: 1.5 * 1024 * KB * KB,
  /** What a first search for a drill's name downloads, gzipped. */
  firstSearchBytes: 150 * KB,
  /** Cloudflare Pages' limits for `_headers`. */
  headersLineChars: 2000,
  headersRules: 100,
} as const;

export const kb = (n: number) => (n === 0 ? "0" : `${(n / KB).toFixed(1)} KB`);
export const formatCls = (n: number) => (n === 0 ? "0" : n.toPrecision(2));
export const formatRatio = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "–");

/** A measured page's median LCP and FCP divided by the floor's. */
export function ratiosToFloor(page: PageResult, floor: PageResult): { lcp: number; fcp: number } | undefined {
  if (!page.median || !floor.median) return undefined;
  return { lcp: page.median.lcpMs / floor.median.lcpMs, fcp: page.median.fcpMs / floor.median.fcpMs };
}

/** The absolute budgets one page missed, or why it was not measured. */
export function missedPageBudgets(page: PageResult): string[] {
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

/** Pages whose LCP is too far above the floor's; the floor itself must have been measured. */
export function missedFloorBudgets(pages: PageResult[], floor: PageResult): string[] {
  if (!floor.median) return [`floor ${floor.path}: ${floor.error ?? "not measured"}, so no page could be compared with it`];
  return pages.flatMap((page) => {
    const ratios = ratiosToFloor(page, floor);
    if (!ratios || ratios.lcp <= BUDGET.lcpToFloor) return [];
    return [`${page.name} ${page.path}: LCP is ${formatRatio(ratios.lcp)} × the floor's, budget ${BUDGET.lcpToFloor.toFixed(2)}`];
  });
}

/** The build budgets missed at BUDGET.buildArticles articles, or that size was never built. */
export function missedBuildBudgets(builds: BuildFigures[]): string[] {
  const build = builds.find((candidate) => candidate.articles === BUDGET.buildArticles);
  if (!build) return [`build: ${BUDGET.buildArticles} articles were not built, so the build budgets could not be checked`];
  const missed: string[] = [];
  const cold = build.coldMs / build.articles;
  const warm = build.warmMs / build.articles;
  if (cold > BUDGET.coldMsPerArticle) {
    missed.push(
      `build: ${build.articles} articles cold take ${Math.round(cold)} ms per article, budget ${BUDGET.coldMsPerArticle} ms`,
    );
  }
  if (warm > BUDGET.warmMsPerArticle) {
    missed.push(
      `build: ${build.articles} articles warm take ${Math.round(warm)} ms per article, budget ${BUDGET.warmMsPerArticle} ms`,
    );
  }
  return missed;
}

/** The library's budgets missed at BUDGET.libraryArticles articles (time, memory, first search, `_headers`, home page). */
export function missedLibraryBudgets(builds: BuildFigures[]): string[] {
  const build = builds.find((candidate) => candidate.articles === BUDGET.libraryArticles);
  if (!build) return [`build: ${BUDGET.libraryArticles} articles were not built, so the library's budgets could not be checked`];
  const missed: string[] = [];
  const at = `build: ${build.articles} articles`;
  const cold = build.coldMs / build.articles;
  const warm = build.warmMs / build.articles;
  if (cold > BUDGET.libraryColdMsPerArticle) {
    missed.push(`${at} cold take ${Math.round(cold)} ms per article, budget ${BUDGET.libraryColdMsPerArticle} ms`);
  }
  if (warm > BUDGET.libraryWarmMsPerArticle) {
    missed.push(`${at} warm take ${Math.round(warm)} ms per article, budget ${BUDGET.libraryWarmMsPerArticle} ms`);
  }
  const peak = Math.max(build.coldMaxRssBytes, build.warmMaxRssBytes);
  if (peak > BUDGET.libraryPeakMemoryBytes) {
    missed.push(`${at} peak at ${Math.round(peak / KB / KB)} MB of memory, budget ${BUDGET.libraryPeakMemoryBytes / KB / KB} MB`);
  }
  const library = build.library;
  if (!library) return [...missed, `${at}: the library's sizes were not measured`];
  if (library.firstSearch.gzipBytes > BUDGET.firstSearchBytes) {
    missed.push(`${at}: a first search downloads ${kb(library.firstSearch.gzipBytes)}, budget ${kb(BUDGET.firstSearchBytes)}`);
  }
  if (library.homeHtmlGzipBytes > BUDGET.firstPaintBytes) {
    missed.push(`${at}: the home page's HTML is ${kb(library.homeHtmlGzipBytes)} gzipped, budget ${kb(BUDGET.firstPaintBytes)}`);
  }
  if (library.headersLongestLine > BUDGET.headersLineChars) {
    missed.push(`${at}: _headers has a line of ${library.headersLongestLine} characters, limit ${BUDGET.headersLineChars}`);
  }
  if (library.headersRules > BUDGET.headersRules) {
    missed.push(`${at}: _headers has ${library.headersRules} rules, limit ${BUDGET.headersRules}`);
  }
  return missed;
}
