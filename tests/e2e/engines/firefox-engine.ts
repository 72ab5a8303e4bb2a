import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";
import { layoutInViewport, pageFunctionsIn, type Engine, type Reader, type ReaderOptions } from "./reader";

/** Debian's Firefox ESR, or another Firefox named by FIREFOX_PATH. */
const FIREFOX = process.env["FIREFOX_PATH"] ?? "/usr/bin/firefox-esr";

/**
 * Firefox through puppeteer-core over WebDriver BiDi. (Playwright's own Firefox channel needs a
 * newer Firefox than Debian's ESR.) One browser per worker, and a second one without JavaScript
 * when a journey needs it, since BiDi cannot switch JavaScript off in a running browser.
 */
export async function startFirefox(proxy: string): Promise<Engine> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`The Firefox journeys need Firefox ESR at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  }
  const browser = await launchFirefox(proxy, true);
  let withoutJavaScript: Browser | undefined;
  return {
    newReader: async (options) => {
      if (options.javaScriptEnabled) {
        const context = await browser.createBrowserContext();
        return firefoxReader(browser, options, () => context.close(), context);
      }
      withoutJavaScript ??= await launchFirefox(proxy, false);
      const context = await withoutJavaScript.createBrowserContext();
      return firefoxReader(withoutJavaScript, options, () => context.close(), context);
    },
    close: async () => {
      await Promise.all([browser.close(), withoutJavaScript?.close()]);
    },
  };
}

function launchFirefox(proxy: string, javaScriptEnabled: boolean): Promise<Browser> {
  const [host, port] = proxy.split(":");
  return puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // A release build honours the remote settings server set below only with this.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
    extraPrefsFirefox: {
      // Every other site through the stand-in proxy; the site itself, on the loopback address, directly.
      "network.proxy.type": 1,
      "network.proxy.http": host,
      "network.proxy.http_port": Number(port),
      "network.proxy.ssl": host,
      "network.proxy.ssl_port": Number(port),
      "javascript.enabled": javaScriptEnabled,
      // None of Firefox's own traffic, which would reach the proxy as if the page had asked.
      "services.settings.server": "data:,#remote-settings-dummy/v1",
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
    },
  });
}

async function firefoxReader(
  browser: Browser,
  { baseURL }: ReaderOptions,
  close: () => Promise<void>,
  context = browser.defaultBrowserContext(),
): Promise<Reader> {
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  const reader: Reader = {
    engine: "firefox",
    open: async (path) => {
      await page.goto(new URL(path, baseURL).href, { waitUntil: "load" });
    },
    reload: async () => {
      await page.reload({ waitUntil: "load" });
    },
    url: () => Promise.resolve(new URL(page.url())),
    // Scrolled into view and clicked at its middle with the mouse. (puppeteer's own click and
    // `$$` hang in a Firefox without JavaScript; this works with and without.)
    click: async (css, index = 0) => {
      const element = (
        await page.evaluateHandle((selector, nth) => document.querySelectorAll(selector)[nth], css, index)
      ).asElement();
      if (!element) throw new Error(`Nothing to click: no element ${index} of ${css}`);
      await element.evaluate((target) => {
        (target as Element).scrollIntoView({ block: "center", behavior: "instant" });
      });
      const box = await element.boundingBox();
      if (!box) throw new Error(`Nothing to click: element ${index} of ${css} is not rendered`);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    ...pageFunctionsIn(page),
    setViewport: (width, height) => page.setViewport({ width, height }),
    layout: (path, width, height) => layoutInViewport(reader, path, width, height),
    screenshot: async () => Buffer.from(await page.screenshot()),
    print: async () => Buffer.from(await page.pdf({ format: "A4" })),
    problems: () => Promise.resolve(problems),
    close,
  };
  return reader;
}
