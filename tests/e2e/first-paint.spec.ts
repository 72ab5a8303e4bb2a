import type { Page } from "@playwright/test";
import { ARTICLE_PATH, drill, expect, playButton, scriptsRan, startedPlayerUrl, test, watchUrl } from "./support";

const DRILL_PATH = `${ARTICLE_PATH}kneeling-hip-internal-rotator-stretch/`;

/** Holds back the site's scripts until `release()`, as a slow connection would. */
async function holdScripts(page: Page) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested = new Set<string>();
  await page.route("**/_astro/*.js", async (route) => {
    requested.add(new URL(route.request().url()).pathname);
    await released;
    await route.fallback();
  });
  return { requested, release };
}

test.describe("before the first paint", () => {
  for (const path of ["/", ARTICLE_PATH, DRILL_PATH]) {
    test(`${path} asks for nothing but the document, and fetches its scripts once it has painted`, async ({ page }) => {
      // Served with a hidden body, the page has nothing to paint until the test shows it.
      await page.route(
        (url) => url.pathname === path,
        async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace(/<body\b/, "<body hidden") });
        },
      );
      const requested: string[] = [];
      page.on("request", (request) => {
        const { pathname } = new URL(request.url());
        requested.push(pathname);
      });
      await page.goto(path, { waitUntil: "commit" });
      await page.waitForLoadState("networkidle");
      // The home page names the site's icon files (for search engines and phones): a browser may
      // fetch one alongside, which never holds back the paint.
      const icons = path === "/" ? ["/favicon.svg", "/favicon.ico", "/apple-touch-icon.png"] : [];
      expect(requested.filter((request) => !icons.includes(request))).toEqual([path]);
      await page.evaluate(() => (document.body.hidden = false));
      if (path === "/") return; // the home page has no scripts
      await expect.poll(() => requested.filter((request) => request.startsWith("/_astro/"))).not.toEqual([]);
      await scriptsRan(page);
    });
  }
});

test.describe("while the scripts are on their way", () => {
  test("a drill tapped goes to YouTube at its second, as a plain link", async ({ page }) => {
    const scripts = await holdScripts(page);
    await page.goto(ARTICLE_PATH, { waitUntil: "domcontentloaded" });
    await expect.poll(() => scripts.requested.size).toBeGreaterThan(0); // asked for, not arrived
    await drill(page, "4:20").click();
    await expect(page).toHaveURL(watchUrl(260)); // YouTube's stand-in answered it
  });

  test("the page looks ready: text, poster and controls are all there", async ({ page }) => {
    await holdScripts(page);
    await page.goto(ARTICLE_PATH, { waitUntil: "domcontentloaded" });
    await expect(page.locator("lite-youtube .poster")).toBeVisible();
    await expect(page.getByRole("link", { name: /Play video.*8 min/ })).toBeVisible();
    await expect(drill(page, "6:02")).toBeVisible();
    await expect(page.getByRole("link", { name: "Share this article" })).toBeVisible();
  });

  for (const path of [DRILL_PATH, `${ARTICLE_PATH}?t=362`]) {
    test(`${path} opens at the player, not at the top of the page`, async ({ page }) => {
      const scripts = await holdScripts(page);
      await page.goto(path, { waitUntil: "domcontentloaded" });
      await expect.poll(() => scripts.requested.size).toBeGreaterThan(0); // asked for, not arrived
      await expect(page.locator("lite-youtube")).toBeInViewport();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    });
  }

  test("once they arrive, drills play in the page, and nothing has moved", async ({ page }) => {
    const scripts = await holdScripts(page);
    await page.goto(ARTICLE_PATH, { waitUntil: "domcontentloaded" });
    await page.evaluate(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const before = await playButton(page).boundingBox();
    await expect.poll(() => scripts.requested.size).toBeGreaterThan(0);
    scripts.release();
    await scriptsRan(page);
    expect(await playButton(page).boundingBox()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await drill(page, "4:20").click();
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe("260");
    await expect(page).toHaveURL(`${ARTICLE_PATH}?t=260`);
  });
});
