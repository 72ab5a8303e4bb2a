import type { Locator, Page } from "@playwright/test";
import {
  ARTICLE_PATH,
  FIRST_DRILL,
  SECOND_DRILL,
  drill,
  expect,
  playButton,
  playerFrame,
  scriptsRan,
  startedPlayerUrl,
  tapDrillWhilePlaying,
  test,
  watchUrl,
  type PageWatch,
} from "./support";

const DRILL_PATH = FIRST_DRILL.path;

/**
 * Holds back the site's scripts, as a slow connection would, until `release()` lets them through
 * or `fail()` makes them fail to load (the browser logs each failure, as the watch then expects).
 */
async function holdScripts(page: Page, watch?: PageWatch) {
  let settle: (outcome: "arrive" | "fail") => void = () => undefined;
  const settled = new Promise<"arrive" | "fail">((resolve) => (settle = resolve));
  const requested = new Set<string>();
  await page.route("**/_astro/*.js", async (route) => {
    requested.add(new URL(route.request().url()).pathname);
    if ((await settled) === "arrive") await route.fallback();
    else await route.abort();
  });
  return {
    requested,
    release: () => {
      settle("arrive");
    },
    fail: () => {
      if (!watch) throw new Error("holdScripts needs the watch to make the scripts fail");
      watch.expect(/^console: Failed to load resource: .*\/_astro\/.*\.js\)$/);
      settle("fail");
    },
  };
}

/**
 * Serves `path` with a script in its head that blocks rendering (`blocking="render"`) and is held
 * until `release()`: the browser parses the page and runs its inline scripts, but draws nothing.
 */
async function holdFirstPaint(page: Page, path: string) {
  const RENDER_HOLD = "/render-hold.js";
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        "</head>",
        `<script src="${RENDER_HOLD}" async blocking="render"></script></head>`,
      );
      await route.fulfill({ response, body });
    },
  );
  await page.route(`**${RENDER_HOLD}`, async (route) => {
    await released;
    await route.fulfill({ contentType: "text/javascript", body: "" });
  });
  return { RENDER_HOLD, release };
}

test.describe("before the first paint", () => {
  for (const path of ["/", ARTICLE_PATH, DRILL_PATH]) {
    test(`${path} asks for nothing but the document, and fetches its scripts once it has painted`, async ({ page }) => {
      const firstPaint = await holdFirstPaint(page, path);
      const requested: string[] = [];
      page.on("request", (request) => {
        const { pathname } = new URL(request.url());
        if (pathname !== firstPaint.RENDER_HOLD) requested.push(pathname);
      });
      // Parsed, and its own scripts run: whatever they would fetch on their own, they fetch now.
      await page.goto(path, { waitUntil: "domcontentloaded" });
      await page.waitForTimeout(1000); // nothing to wait for but time: the paint that would end it is held
      expect(await page.evaluate(() => performance.getEntriesByType("paint").length)).toBe(0); // nothing drawn yet
      expect(requested).toEqual([path]);
      firstPaint.release();
      if (path === "/") return; // the home page has no scripts
      await expect.poll(() => requested.filter((request) => request.startsWith("/_astro/"))).not.toEqual([]);
      await scriptsRan(page);
    });
  }
});

test.describe("while the scripts are on their way", () => {
  test("the page looks ready: text, poster and controls are all there", async ({ page }) => {
    await holdScripts(page);
    await page.goto(ARTICLE_PATH, { waitUntil: "domcontentloaded" });
    await expect(page.locator("lite-youtube .poster")).toBeVisible();
    await expect(page.getByRole("link", { name: /Play video.*8 min/ })).toBeVisible();
    await expect(drill(page, SECOND_DRILL.at)).toBeVisible();
    await expect(page.getByRole("link", { name: "Share this article" })).toBeVisible();
  });

  for (const path of [DRILL_PATH, `${ARTICLE_PATH}?t=${SECOND_DRILL.seconds}`]) {
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
    await drill(page, FIRST_DRILL.at).click();
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
    await expect(page).toHaveURL(`${ARTICLE_PATH}?t=${FIRST_DRILL.seconds}`);
  });
});

/**
 * Taps `target` while the scripts are still on their way, and returns what the reader sees once
 * the page has taken the tap: whether it kept the browser from following the link (so it stays,
 * instead of leaving for YouTube), where the page is (its path on the site, or the whole address
 * elsewhere) and whether a player plays. How long the page holds a tap is the last test's matter.
 */
async function tapBeforeTheScripts(page: Page, target: Locator, site: string | undefined) {
  // Heard after the page's own handler (it listens on the window, capturing).
  await page.evaluate(() => {
    const heard = (event: MouseEvent) => {
      document.documentElement.setAttribute("data-tap-held", String(event.defaultPrevented));
    };
    addEventListener("click", heard, { once: true });
  });
  await target.click();
  await expect(page.locator("html")).toHaveAttribute("data-tap-held", /./);
  const held = (await page.locator("html").getAttribute("data-tap-held")) === "true";
  const url = new URL(page.url());
  const at = url.origin === new URL(site as string).origin ? url.pathname + url.search : url.href;
  return { held, at, playing: await playerFrame(page).count() };
}

/**
 * The reader opens `path` and taps `target` before the scripts have arrived: the page keeps the
 * tap (the reader stays where they are) and nothing plays yet. Gives the held scripts, for the
 * test to let them arrive or fail.
 */
async function tapAsThePageOpens(page: Page, path: string, target: Locator, site: string | undefined, watch?: PageWatch) {
  const scripts = await holdScripts(page, watch);
  await page.goto(path, { waitUntil: "domcontentloaded" });
  expect(await tapBeforeTheScripts(page, target, site)).toEqual({ held: true, at: path, playing: 0 });
  return scripts;
}

test.describe("a tap before the scripts have arrived", () => {
  test("Play on a drill page waits for them, then plays in the page from the drill", async ({ page, baseURL }) => {
    const scripts = await tapAsThePageOpens(page, DRILL_PATH, playButton(page), baseURL);
    scripts.release();
    await expect(playerFrame(page)).toBeAttached();
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
    await expect(page).toHaveURL(DRILL_PATH);
  });

  test("a drill waits for them, then plays in the page at its second; the next one seeks the same player", async ({
    page,
    baseURL,
  }) => {
    const scripts = await tapAsThePageOpens(page, ARTICLE_PATH, drill(page, SECOND_DRILL.at), baseURL);
    scripts.release();
    await expect(playerFrame(page)).toBeAttached();
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe(String(SECOND_DRILL.seconds));
    await expect(page).toHaveURL(`${ARTICLE_PATH}?t=${SECOND_DRILL.seconds}`);
    await expect(drill(page, SECOND_DRILL.at)).toHaveAttribute("aria-current", "true");
    // The tap was played once: the next drill seeks the player it started.
    await tapDrillWhilePlaying(page, FIRST_DRILL);
  });

  test("when they fail to load, a drill goes to YouTube at its second", async ({ page, watch, baseURL }) => {
    const scripts = await tapAsThePageOpens(page, ARTICLE_PATH, drill(page, SECOND_DRILL.at), baseURL, watch);
    scripts.fail();
    await expect(page).toHaveURL(watchUrl(SECOND_DRILL.seconds)); // YouTube's stand-in answered it
  });

  test("when they fail to load, Play on a drill page goes to YouTube at the drill", async ({ page, watch, baseURL }) => {
    const scripts = await tapAsThePageOpens(page, DRILL_PATH, playButton(page), baseURL, watch);
    scripts.fail();
    await expect(page).toHaveURL(watchUrl(FIRST_DRILL.seconds));
  });

  test("when they take more than a few seconds, the tap goes to YouTube at its second", async ({ page }) => {
    await holdScripts(page); // never let through
    await page.goto(ARTICLE_PATH, { waitUntil: "domcontentloaded" });
    const tapped = Date.now();
    await drill(page, FIRST_DRILL.at).click();
    await expect(page).toHaveURL(watchUrl(FIRST_DRILL.seconds), { timeout: 10_000 });
    expect(Date.now() - tapped).toBeGreaterThan(3000); // it waited for them first
  });
});
