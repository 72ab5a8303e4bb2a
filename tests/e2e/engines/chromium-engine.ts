import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_FLAGS, systemChromium } from "../../chromium";
import type { Engine, PageFunction, Reader, ReaderOptions } from "./reader";

/** Chromium through Playwright, as the rest of the browser tests drive it. */
export async function startChromium(): Promise<Engine> {
  const executablePath = systemChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_FLAGS });
  return {
    newReader: (options) => chromiumReader(browser, options),
    close: () => browser.close(),
  };
}

async function chromiumReader(browser: Browser, { baseURL, proxy, javaScriptEnabled }: ReaderOptions): Promise<Reader> {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled,
    viewport: { width: 1280, height: 800 },
    // The site itself is on the loopback address, which Chromium never sends through a proxy.
    proxy: { server: `http://${proxy}` },
    ignoreHTTPSErrors: true,
  });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  const playerFrame = () => {
    const frame = page.frames().find((candidate) => candidate.url().includes("/embed/"));
    if (!frame) throw new Error("No player frame on the page: start the video first");
    return frame;
  };
  return {
    engine: "chromium",
    open: async (path) => void (await page.goto(path)),
    reload: async () => void (await page.reload()),
    url: async () => new URL(page.url()),
    click: (css, index = 0) => page.locator(css).nth(index).click(),
    evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) => page.evaluate(fn, arg) as Promise<R>,
    evaluateInPlayer: <A, R>(fn: PageFunction<A, R>, arg: A) => playerFrame().evaluate(fn, arg) as Promise<R>,
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: () => page.screenshot(),
    print: () => page.pdf({ format: "A4" }),
    problems: async () => problems,
    close: () => context.close(),
  };
}
