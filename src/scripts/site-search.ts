/**
 * The header's search. The panel opens without this script (an HTML popover); this script
 * loads Pagefind's search (`/pagefind/pagefind.js`, written by the build) once the panel opens,
 * then shows each result as a link: a drill's with its time chip and article, an article's with
 * a short excerpt, its match marked. The count is announced; Enter goes to the first result
 * and the arrow keys move between results.
 */
import { searchStrings } from "../lib/browser/search-strings";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** At most this many results: a reader looking for a drill wants the first few. */
const MAX_RESULTS = 8;

const form = document.querySelector<HTMLFormElement>("[data-site-search]");
const panel = form?.closest<HTMLElement>("[popover]");
const input = form?.querySelector<HTMLInputElement>("input");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const list = document.querySelector<HTMLOListElement>("[data-search-results]");

let engine: Promise<Pagefind> | undefined;

function loadEngine(base: string): Promise<Pagefind> {
  engine ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ baseUrl: base, excerptLength: 16 });
    return pagefind;
  });
  return engine;
}

/** Pagefind's excerpt is escaped text with `<mark>` around the matches: rebuilt as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) =>
      name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : "'",
    );
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part));
    const mark = document.createElement("mark");
    mark.textContent = decode(marked[1] ?? "");
    return mark;
  });
}

function resultItem({ url, excerpt, meta }: PagefindResultData): HTMLLIElement {
  const link = document.createElement("a");
  link.className = "drill-box";
  link.href = url;
  const add = (tag: string, className: string, content: string | Node[]) => {
    const element = document.createElement(tag);
    element.className = className;
    if (typeof content === "string") element.textContent = content;
    else element.append(...content);
    link.append(element);
  };
  if (meta["time"]) add("span", "time-chip", meta["time"]);
  add("span", "result-title", meta["title"] ?? url);
  if (meta["article"]) add("span", "result-article", searchStrings.from(meta["article"]));
  else add("span", "result-excerpt", excerptNodes(excerpt));
  const item = document.createElement("li");
  item.append(link);
  return item;
}

if (form && panel && input && status && list) {
  const base = form.dataset["base"] ?? "/";
  let latest = 0;

  const run = async () => {
    const query = input.value.trim();
    const run = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    try {
      const pagefind = await loadEngine(base);
      const search = await pagefind.search(query);
      const results = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
      if (run !== latest) return; // a newer query has been typed meanwhile
      list.replaceChildren(...results.map(resultItem));
      status.textContent = searchStrings.results(results.length, query);
    } catch {
      if (run !== latest) return;
      list.replaceChildren();
      status.textContent = searchStrings.failed;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  });

  // The index loads while the reader types their first letters.
  panel.addEventListener("toggle", (event) => {
    if (event.newState === "open") {
      void loadEngine(base).catch(() => undefined);
      input.focus();
    }
  });
  // The script arrived with the press that opened the panel: load now, and search what is typed.
  if (panel.matches(":popover-open")) {
    void loadEngine(base).catch(() => undefined);
    if (input.value) void run();
  }

  // Enter goes to the first result; without results, to the drill index the form names.
  form.addEventListener("submit", (event) => {
    const first = list.querySelector("a");
    if (first) {
      event.preventDefault();
      first.click();
    }
  });

  // Arrow keys move from the field through the results and back.
  panel.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>("a")];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1 || stops.length === 1) return;
    event.preventDefault();
    const next = stops[(at + (event.key === "ArrowDown" ? 1 : stops.length - 1)) % stops.length];
    next?.focus();
  });
}
