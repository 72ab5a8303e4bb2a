// The benchmark's tables and bench/report.md.
import type { Result } from "lighthouse";
import { BUDGET, cpuIndexOf, KB, formatCls, formatRatio, kb, MACHINE, ratiosToFloor, type TimingJudgement } from "./budgets.ts";
import type { BuildFigures } from "./build-scale.ts";
import { CATEGORIES, MAX_ROUNDS, MIN_ROUNDS, type PageResult } from "./lighthouse.ts";

const ms = (n: number) => `${Math.round(n)} ms`;
const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
const header = (cells: string[]) => [row(cells), row(["---", ...Array<string>(cells.length - 1).fill("--:")])];

/** Lighthouse's figures and the bytes by type, one row per page. */
export function pageTables(pages: PageResult[]): string {
  const figuresTable = header([
    "Page",
    "Perf",
    "A11y",
    "BP",
    "SEO",
    "LCP",
    "FCP",
    "TBT",
    "CLS",
    "Requests",
    "3rd-party",
    "JS gz",
    "HTML+CSS gz",
  ]);
  const types = ["document", "stylesheet", "script", "image", "font", "other", "total"];
  const bytesTable = header(["Page", "Document", "Stylesheet", "Script", "Image", "Font", "Other", "Total"]);
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
    bytesTable.push(row([page.name, ...types.map((type) => kb(m.bytesByType[type] ?? 0))]));
  }
  return `${figuresTable.join("\n")}\n\n${bytesTable.join("\n")}`;
}

/** Each page's paint times beside the floor's: the median of its runs' ratios, and their middle half. */
export function floorTable(pages: PageResult[], floor: PageResult): string {
  const lines = header(["Page", "Runs", "LCP", "LCP ÷ floor", "Middle half", "FCP", "FCP ÷ floor", "CPU index"]);
  for (const page of [floor, ...pages]) {
    const ratios = page === floor ? undefined : ratiosToFloor(page);
    const m = page.median;
    lines.push(
      row([
        page.name,
        String(page.runs.length),
        m ? ms(m.lcpMs) : "–",
        page === floor ? "1.00" : ratios ? formatRatio(ratios.lcp.median) : "–",
        ratios ? `${formatRatio(ratios.lcp.low)}–${formatRatio(ratios.lcp.high)}` : "–",
        m ? ms(m.fcpMs) : "–",
        page === floor ? "1.00" : ratios ? formatRatio(ratios.fcp.median) : "–",
        m ? String(Math.round(m.benchmarkIndex)) : "–",
      ]),
    );
  }
  return lines.join("\n");
}

/** Each timing budget, whether it was met, missed or not judged, and why. */
export function timingTable(timings: TimingJudgement[]): string {
  const lines = header(["Budget", "Outcome", "Figures"]);
  for (const judgement of timings) lines.push(row([judgement.what, judgement.status, judgement.why]));
  return lines.join("\n");
}

/** Build time and peak memory for each number of articles, cold and warm. */
export function buildTable(builds: BuildFigures[]): string {
  const lines = header([
    "Articles",
    "Pages",
    "Cold",
    "Cold per article",
    "Warm",
    "Warm per article",
    "Peak memory cold",
    "Peak memory warm",
    "CPU index cold",
    "CPU index warm",
  ]);
  for (const build of builds) {
    lines.push(
      row([
        String(build.articles),
        String(build.pages),
        seconds(build.coldMs),
        ms(build.coldMs / build.articles),
        seconds(build.warmMs),
        ms(build.warmMs / build.articles),
        mb(build.coldMaxRssBytes),
        mb(build.warmMaxRssBytes),
        `${build.coldSpeed.before} → ${build.coldSpeed.after}`,
        `${build.warmSpeed.before} → ${build.warmSpeed.after}`,
      ]),
    );
  }
  return lines.join("\n");
}

/** What the library costs at each size: the home page, the search index, a first search, `_headers`. */
export function libraryTable(builds: BuildFigures[]): string {
  const lines = header([
    "Articles",
    "Home HTML",
    "Home HTML gz",
    "Search index",
    "First search gz",
    "_headers longest line",
    "_headers rules",
  ]);
  for (const { articles, library } of builds) {
    if (!library) continue;
    lines.push(
      row([
        String(articles),
        kb(library.homeHtmlBytes),
        kb(library.homeHtmlGzipBytes),
        `${kb(library.searchIndexBytes)} (${library.searchIndexFiles} files)`,
        `${kb(library.firstSearch.gzipBytes)} (${library.firstSearch.requests} files)`,
        `${library.headersLongestLine} chars`,
        String(library.headersRules),
      ]),
    );
  }
  return lines.join("\n");
}

export interface Report {
  date: string;
  lhr: Result | undefined;
  pages: PageResult[];
  floor: PageResult;
  builds: BuildFigures[];
  timings: TimingJudgement[];
  missed: string[];
  notJudged: string[];
}

/** bench/report.md. */
export function reportMarkdown({ date, lhr, pages, floor, builds, timings, missed, notJudged }: Report): string {
  const environment = lhr
    ? `Lighthouse ${lhr.lighthouseVersion}, ${/(Headless)?Chrome\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? "Chromium"}, ` +
      `default mobile emulation and simulated throttling.`
    : "No page could be measured.";
  const lines = [
    "# Benchmark",
    "",
    `Measured ${date} by \`npm run bench\`. ${environment}`,
    `${pages[0]?.runs.length ?? 0} runs per page (${MIN_ROUNDS} to ${MAX_ROUNDS} rounds, each page run just after a floor run); ` +
      "each figure is the median, except third-party requests and requests before first paint: the most seen in any run.",
    `Lighthouse's CPU benchmark index over all runs: median ${Math.round(cpuIndexOf([...pages, floor]))} ` +
      `(reference machine ${MACHINE.referenceCpuIndex}; page timings are judged from ${MACHINE.minCpuIndexForPages}).`,
    "",
    ...[...pages, floor].map(
      (page) =>
        `- ${page.name}: \`${page.path}\`` +
        (page.median ? ` (Lighthouse CPU benchmark index ${Math.round(page.median.benchmarkIndex)})` : ""),
    ),
    "",
    pageTables(pages),
    "",
    "Scores are Lighthouse's categories: Performance, Accessibility, Best Practices, SEO. JS is the first-party",
    "JavaScript loaded before any interaction; HTML+CSS is the page's HTML plus every request that blocked its",
    "first paint. Sizes are bytes on the wire as Lighthouse recorded them (KB = 1024 bytes): `astro preview`",
    "gzips text responses, and response headers count. Inline scripts, if any, count as their gzip size.",
    "",
    "## Against the floor",
    "",
    floorTable(pages, floor),
    "",
    "The floor is the article's text alone, as bare HTML (no CSS, no scripts, no images), served by the same",
    "server in the same run. Each page run is divided by the floor runs just before and after it; the table",
    "gives the median of those ratios and their middle half (lower to upper quartile): 1.00 means the page",
    "paints as soon as its bare text would.",
    "",
    "## Build",
    "",
    buildTable(builds),
    "",
    "Copies of the first article (each with its own title, so its own cards), built in a temporary copy of",
    "the project. Cold: no Astro cache, every card and poster drawn. Warm: the same build again, nothing",
    "changed. Times are the whole `astro build`, Node's start included; peak memory is the build process's.",
    "CPU index: Lighthouse's CPU benchmark in the same Chromium just before and just after each build.",
    "",
    "### The library at each size",
    "",
    libraryTable(builds),
    "",
    "The home page as built (it lists the newest 12 articles, whatever their number); the search index",
    "(`pagefind/`, every file); what a first search for the first drill's name fetches from pressing",
    "Search on (Pagefind's script, WebAssembly, index chunks and the results' fragments), gzipped as a host",
    "would send them; and the host's `_headers` against Cloudflare Pages' limits (2,000 characters a line, 100 rules).",
    "",
    "## Budgets",
    "",
    "What the site alone decides, judged on every machine:",
    `Accessibility, Best Practices and SEO ${BUDGET.score}; CLS ${BUDGET.cls}; no third-party request before`,
    `interaction; first-party JavaScript <= ${kb(BUDGET.scriptBytes)}; HTML + render-blocking CSS <= ${kb(BUDGET.firstPaintBytes)};`,
    `at most ${BUDGET.firstPaintRequests} request before first paint. At ${BUDGET.libraryArticles} articles: peak memory`,
    `<= ${BUDGET.libraryPeakMemoryBytes / KB / KB} MB; a first search <= ${kb(BUDGET.firstSearchBytes)} gzip; the home page's HTML <= ${kb(BUDGET.firstPaintBytes)};`,
    `\`_headers\` within ${BUDGET.headersLineChars} characters a line and ${BUDGET.headersRules} rules.`,
    "",
    "Timings, judged only on a machine fit to judge them:",
    `Performance ${BUDGET.score} and LCP <= ${BUDGET.lcpToFloor.toFixed(2)} × the floor's (middle half of the runs within it) when the`,
    `median CPU benchmark index is at least ${MACHINE.minCpuIndexForPages}. At ${BUDGET.buildArticles} articles: cold build <= ${BUDGET.coldMsPerArticle} ms`,
    `per article, warm build <= ${BUDGET.warmMsPerArticle} ms per article; at ${BUDGET.libraryArticles} articles, search index included,`,
    `cold <= ${BUDGET.libraryColdMsPerArticle} ms and warm <= ${BUDGET.libraryWarmMsPerArticle} ms per article. Build budgets hold on the reference machine`,
    `(CPU index ${MACHINE.referenceCpuIndex}) and are scaled by how much slower the machine was around each build, up to ${MACHINE.maxBuildSlowdown} times.`,
    "",
    timingTable(timings),
    "",
    missed.length ? ["Missed:", "", ...missed.map((line) => `- ${line}`)].join("\n") : "No budget missed.",
    ...(notJudged.length
      ? [
          "",
          "Not judged (the figures above describe this machine as much as the site):",
          "",
          ...notJudged.map((line) => `- ${line}`),
        ]
      : []),
    "",
  ];
  return lines.join("\n");
}
