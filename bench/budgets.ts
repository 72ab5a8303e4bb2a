// What the benchmark holds the site to, and the list of budgets a run missed. Bytes, requests, CLS
// and the audits are the site's own doing and always judged; timings are also the machine's, and
// are judged through judge.ts, against the reference machine below.
import type { BuildFigures } from "./build-scale.ts";
import {
  judgeBuildTime,
  judgeRatio,
  machineFitForPages,
  spreadOf,
  type BuildTimeJudgement,
  type Judgement,
  type Spread,
} from "./judge.ts";
import { CATEGORIES, median, type PageResult } from "./lighthouse.ts";

export const KB = 1024;

export const BUDGET = {
  score: 100,
  cls: 0,
  thirdPartyRequests: 0,
  scriptBytes: 6 * KB,
  // About what a new TCP connection can deliver in its first round trip (10 packets).
  firstPaintBytes: 14 * KB,
  /** Requests before the first paint: the HTML alone, nothing render-blocking. */
  firstPaintRequests: 1,
  /** A page's LCP at most this many times the floor's: the text bare, with nothing else. */
  lcpToFloor: 1.1,
  /** At this many articles, the build's time per article (on the reference machine; see MACHINE). */
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

/** The machine the timing budgets were set on, and how far from it timings are still judged. */
export const MACHINE = {
  /** Lighthouse's CPU benchmark index there (2,600–2,800 over a run). */
  referenceCpuIndex: 2700,
  /** Below this median index the pages' timings (Performance score, LCP ÷ floor) are reported, not judged. */
  minCpuIndexForPages: 2000,
  /** Build budgets scale with the machine's slowdown up to this factor; beyond it they are not judged. */
  maxBuildSlowdown: 2.5,
} as const;

export const kb = (n: number) => (n === 0 ? "0" : `${(n / KB).toFixed(1)} KB`);
export const formatCls = (n: number) => (n === 0 ? "0" : n.toPrecision(2));
export const formatRatio = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "–");

/** A page's LCP and FCP against the floor's: each run's ratio to the floor runs around it, as a spread. */
export function ratiosToFloor(page: PageResult): { lcp: Spread; fcp: Spread } | undefined {
  if (!page.toFloor?.lcp.length) return undefined;
  return { lcp: spreadOf(page.toFloor.lcp), fcp: spreadOf(page.toFloor.fcp) };
}

/** The machine's speed over the pages' runs: the median of Lighthouse's CPU benchmark index in every run. */
export const cpuIndexOf = (pages: PageResult[]) => median(pages.flatMap((page) => page.runs.map((run) => run.benchmarkIndex)));

/** The budgets one page missed that the site alone decides (not timings), or why it was not measured. */
export function missedPageBudgets(page: PageResult): string[] {
  if (page.error) return [`${page.name} ${page.path}: ${page.error}`];
  const m = page.median;
  if (!m) return [`${page.name} ${page.path}: not measured`];
  const missed: string[] = [];
  const miss = (what: string, value: string, limit: string) =>
    missed.push(`${page.name} ${page.path}: ${what} is ${value}, budget ${limit}`);
  // Performance is scored from timings: it is judged with them (pageTimingJudgements).
  for (const id of CATEGORIES) {
    if (id !== "performance" && m.scores[id] < BUDGET.score) miss(`${id} score`, String(m.scores[id]), String(BUDGET.score));
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
  if (m.firstPaintRequests > BUDGET.firstPaintRequests) {
    const paths = [...new Set(page.runs.flatMap((run) => run.firstPaintRequests))];
    miss("requests before first paint", `${m.firstPaintRequests} (${paths.join(", ")})`, String(BUDGET.firstPaintRequests));
  }
  return missed;
}

/** A timing budget's outcome, with what it is about ("home /: LCP ÷ floor"). */
export type TimingJudgement = Judgement & { what: string };

/** One line per judgement for the report and the console. */
export const judgementLine = (judgement: TimingJudgement) => `${judgement.what}: ${judgement.why}`;

/**
 * The pages' timing budgets: the Performance score and LCP against the floor's. Judged only when
 * the machine was fast enough over the run (MACHINE.minCpuIndexForPages); otherwise each is
 * reported as not judged, with its figure.
 */
export function pageTimingJudgements(pages: PageResult[], floor: PageResult): TimingJudgement[] {
  if (floor.error || !floor.median) {
    return [
      {
        what: `floor ${floor.path}`,
        status: "missed",
        why: `${floor.error ?? "not measured"}, so no page could be compared with it`,
      },
    ];
  }
  const machine = machineFitForPages(cpuIndexOf([...pages, floor]), MACHINE.minCpuIndexForPages);
  return pages.flatMap((page) => {
    const m = page.median;
    if (!m) return [];
    const score = {
      what: `${page.name} ${page.path}: Performance score`,
      figure: `${m.scores.performance}, budget ${BUDGET.score}`,
    };
    const lcp = judgeRatio(page.toFloor?.lcp ?? [], BUDGET.lcpToFloor);
    const ratio = { what: `${page.name} ${page.path}: LCP ÷ floor`, figure: lcp.why };
    if (machine.status !== "met") {
      return [score, ratio].map(({ what, figure }) => ({
        what,
        status: "not judged" as const,
        why: `${figure}; ${machine.why}`,
      }));
    }
    return [
      {
        what: score.what,
        status: m.scores.performance >= BUDGET.score ? ("met" as const) : ("missed" as const),
        why: score.figure,
      },
      { what: ratio.what, status: lcp.status, why: lcp.why },
    ];
  });
}

/**
 * Whether another round of runs could settle a page's LCP ÷ floor: only when the machine is fit to
 * judge and some page's runs are still too scattered.
 */
export function moreRoundsWouldHelp(pages: PageResult[], floor: PageResult): boolean {
  if (machineFitForPages(cpuIndexOf([...pages, floor]), MACHINE.minCpuIndexForPages).status !== "met") return false;
  return pages.some(
    (page) => !!page.toFloor?.lcp.length && judgeRatio(page.toFloor.lcp, BUDGET.lcpToFloor).status === "not judged",
  );
}

/** The build budgets that are not timings missed, or the budgeted size was never built. */
export function missedBuildBudgets(builds: BuildFigures[]): string[] {
  const build = builds.find((candidate) => candidate.articles === BUDGET.buildArticles);
  if (!build) return [`build: ${BUDGET.buildArticles} articles were not built, so the build budgets could not be checked`];
  return [];
}

/**
 * The build's time per article, cold and warm, at BUDGET.buildArticles and (search index
 * included) at BUDGET.libraryArticles, each against its budget scaled by the machine's speed
 * measured just before and after that build (judge.ts, judgeBuildTime).
 */
export function buildTimeJudgements(builds: BuildFigures[]): (TimingJudgement & BuildTimeJudgement)[] {
  const sizes = [
    { articles: BUDGET.buildArticles, cold: BUDGET.coldMsPerArticle, warm: BUDGET.warmMsPerArticle },
    { articles: BUDGET.libraryArticles, cold: BUDGET.libraryColdMsPerArticle, warm: BUDGET.libraryWarmMsPerArticle },
  ];
  return sizes.flatMap((size) => {
    const build = builds.find((candidate) => candidate.articles === size.articles);
    if (!build) return [];
    const judge = (kind: string, ms: number, budgetMs: number, speed: BuildFigures["coldSpeed"]) => ({
      what: `build: ${build.articles} articles ${kind}`,
      ...judgeBuildTime(ms / build.articles, budgetMs, speed, MACHINE.referenceCpuIndex, MACHINE.maxBuildSlowdown),
    });
    return [judge("cold", build.coldMs, size.cold, build.coldSpeed), judge("warm", build.warmMs, size.warm, build.warmSpeed)];
  });
}

/**
 * The library's budgets missed at BUDGET.libraryArticles articles: memory, a first search, the
 * home page and `_headers` (its build times are judged with the others, buildTimeJudgements).
 */
export function missedLibraryBudgets(builds: BuildFigures[]): string[] {
  const build = builds.find((candidate) => candidate.articles === BUDGET.libraryArticles);
  if (!build) return [`build: ${BUDGET.libraryArticles} articles were not built, so the library's budgets could not be checked`];
  const missed: string[] = [];
  const at = `build: ${build.articles} articles`;
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
