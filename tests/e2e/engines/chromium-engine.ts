import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_FLAGS, systemChromium } from "../../../tools/chromium";
import { layoutInViewport, pageFunctionsIn, type Engine, type Reader, type ReaderOptions } from "./reader";

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
  const reader: Reader = {
    engine: "chromium",
    open: async (path) => {
      await page.goto(path);
    },
    reload: async () => {
      await page.reload();
    },
    url: () => Promise.resolve(new URL(page.url())),
    click: (css, index = 0) => page.locator(css).nth(index).click(),
    ...pageFunctionsIn(page),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    layout: (path, width, height) => layoutInViewport(reader, path, width, height),
    screenshot: () => page.screenshot(),
    print: () => page.pdf({ format: "A4" }),
    problems: () => Promise.resolve(problems),
    close: () => context.close(),
  };
  return reader;
}
