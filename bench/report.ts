// The benchmark's tables and bench/report.md.
import type { Result } from "lighthouse";
import { BUDGET, KB, formatCls, formatRatio, kb, ratiosToFloor } from "./budgets.ts";
import type { BuildFigures } from "./build-scale.ts";
import { CATEGORIES, RUNS, type PageResult } from "./lighthouse.ts";

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

/** Each page's paint times beside the floor's, and as a ratio to them. */
export function floorTable(pages: PageResult[], floor: PageResult): string {
  const lines = header(["Page", "LCP", "LCP ÷ floor", "FCP", "FCP ÷ floor"]);
  for (const page of [floor, ...pages]) {
    const ratios = ratiosToFloor(page, floor);
    const m = page.median;
    lines.push(
      row([
        page.name,
        m ? ms(m.lcpMs) : "–",
        ratios ? formatRatio(ratios.lcp) : "–",
        m ? ms(m.fcpMs) : "–",
        ratios ? formatRatio(ratios.fcp) : "–",
      ]),
    );
  }
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
  missed: string[];
}

/** bench/report.md. */
export function reportMarkdown({ date, lhr, pages, floor, builds, missed }: Report): string {
  const environment = lhr
    ? `Lighthouse ${lhr.lighthouseVersion}, ${/(Headless)?Chrome\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? "Chromium"}, ` +
      `default mobile emulation and simulated throttling.`
    : "No page could be measured.";
  const lines = [
    "# Benchmark",
    "",
    `Measured ${date} by \`npm run bench\`. ${environment}`,
    `${RUNS} runs per page; each figure is the median, except third-party requests: the most seen in any run.`,
    "",
    ...[...pages, floor].map(
      (page) =>
        `- ${page.name}: \`${page.path}\`` +
        (page.median ? ` (Lighthouse CPU benchmark index ${page.median.benchmarkIndex})` : ""),
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
    "server in the same run. Each ratio is the page's median divided by the floor's: 1.00 means the page",
    "paints as soon as its bare text would.",
    "",
    "## Build",
    "",
    buildTable(builds),
    "",
    "Copies of the first article (each with its own title, so its own cards), built in a temporary copy of",
    "the project. Cold: no Astro cache, every card and poster drawn. Warm: the same build again, nothing",
    "changed. Times are the whole `astro build`, Node's start included; peak memory is the build process's.",
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
    `Performance, Accessibility, Best Practices and SEO ${BUDGET.score}; CLS ${BUDGET.cls}; no third-party request before`,
    `interaction; first-party JavaScript <= ${kb(BUDGET.scriptBytes)}; HTML + render-blocking CSS <= ${kb(BUDGET.firstPaintBytes)};`,
    `LCP <= ${BUDGET.lcpToFloor.toFixed(2)} × the floor's. At ${BUDGET.buildArticles} articles: cold build <= ${BUDGET.coldMsPerArticle} ms`,
    `per article, warm build <= ${BUDGET.warmMsPerArticle} ms per article. At ${BUDGET.libraryArticles} articles, search index included:`,
    `cold build <= ${BUDGET.libraryColdMsPerArticle} ms per article, warm <= ${BUDGET.libraryWarmMsPerArticle} ms per article, peak memory`,
    `<= ${BUDGET.libraryPeakMemoryBytes / KB / KB} MB; a first search <= ${kb(BUDGET.firstSearchBytes)} gzip; the home page's HTML <= ${kb(BUDGET.firstPaintBytes)};`,
    `\`_headers\` within ${BUDGET.headersLineChars} characters a line and ${BUDGET.headersRules} rules.`,
    "",
    missed.length ? ["Missed:", "", ...missed.map((line) => `- ${line}`)].join("\n") : "All budgets met.",
    "",
  ];
  return lines.join("\n");
}
