/**
 * A reader's browser, whichever engine it is: what the journeys (reader-journeys.spec.ts) do
 * to a page and read from it. Each engine has its own driver behind it (engines/*.ts):
 * Chromium through Playwright, Firefox through puppeteer-core over WebDriver BiDi, WebKit
 * through selenium-webdriver and WebKitWebDriver. The journeys are written once against this.
 */
export type EngineName = "chromium" | "firefox" | "webkit";

/** A function run in the page; its argument and result travel as JSON. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface Reader {
  readonly engine: EngineName;
  /** Goes to `path` on the site (or any absolute address) and waits for its load event. */
  open(path: string): Promise<void>;
  /** Reloads the page, as the reader's reload button does, and waits for its load event. */
  reload(): Promise<void>;
  /** The address in the address bar. */
  url(): Promise<URL>;
  /** Clicks the `index`th element matching `css` as a pointer would, once it is scrolled into view. */
  click(css: string, index?: number): Promise<void>;
  /** Runs `fn` in the page. */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Runs `fn` in the embedded player's frame (the YouTube stand-in). */
  evaluateInPlayer<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Makes the page's viewport `width` × `height` CSS pixels. */
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Opens `path` on a screen `width` × `height` CSS pixels wide: the viewport's width, how far
   * the page is wider than it (0 when nothing scrolls sideways) and a PNG of what is on screen.
   */
  layout(path: string, width: number, height: number): Promise<Layout>;
  /** A PNG of what is on screen. */
  screenshot(): Promise<Buffer>;
  /** The page printed to A4 paper, as a PDF. */
  print(): Promise<Buffer>;
  /** Console errors and uncaught errors, as far as the engine's driver reports them. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Layout {
  innerWidth: number;
  overflow: number;
  screenshot: Buffer;
}

/** `Reader.layout` for a driver that can size its viewport to a phone's screen. */
export async function layoutInViewport(
  reader: Pick<Reader, "setViewport" | "open" | "evaluate" | "screenshot">,
  path: string,
  width: number,
  height: number,
): Promise<Layout> {
  await reader.setViewport(width, height);
  await reader.open(path);
  const measured = await reader.evaluate(() => {
    const root = document.documentElement;
    return { innerWidth, overflow: root.scrollWidth - root.clientWidth };
  }, undefined);
  return { ...measured, screenshot: await reader.screenshot() };
}

/** A page or a frame of a driver that runs page functions in it itself, as Playwright and puppeteer do. */
interface DriverContext {
  url(): string;
  evaluate: unknown;
}

/** The driver's evaluate, for our page functions: each driver types them its own way; ours take and return JSON. */
type Evaluate = (fn: PageFunction<never, unknown>, arg: unknown) => Promise<unknown>;

/** The embedded player's frame among a page's frames: a journey asking for it too early fails saying so. */
function playerFrameAmong(frames: DriverContext[]): DriverContext {
  const frame = frames.find((candidate) => candidate.url().includes("/embed/"));
  if (!frame) throw new Error("No player frame on the page: start the video first");
  return frame;
}

/** `Reader.evaluate` and `Reader.evaluateInPlayer` for a page of a driver that runs page functions itself. */
export function pageFunctionsIn(
  page: DriverContext & { frames(): DriverContext[] },
): Pick<Reader, "evaluate" | "evaluateInPlayer"> {
  const run = async <A, R>(context: DriverContext, fn: PageFunction<A, R>, arg: A) =>
    (await (context.evaluate as Evaluate).call(context, fn, arg)) as R;
  return {
    evaluate: (fn, arg) => run(page, fn, arg),
    evaluateInPlayer: async (fn, arg) => run(playerFrameAmong(page.frames()), fn, arg),
  };
}

export interface ReaderOptions {
  /** The site's address. */
  baseURL: string;
  /** The proxy (`host:port`) that stands in for every other site. */
  proxy: string;
  javaScriptEnabled: boolean;
}

/** Starts readers of one engine; one per test worker, kept for its tests. */
export interface Engine {
  newReader(options: ReaderOptions): Promise<Reader>;
  close(): Promise<void>;
}

/**
 * Listens for errors from within the page, for drivers that cannot report them: run after
 * every load, so it sees what happens from then on (not during the load itself).
 */
export function listenForErrors(): void {
  const win = window as unknown as { pageProblems?: string[] };
  if (win.pageProblems) return;
  const problems: string[] = [];
  win.pageProblems = problems;
  addEventListener("error", (event) => problems.push(`uncaught: ${event.message}`));
  addEventListener("unhandledrejection", (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
}
