import type { Locator, Page } from "@playwright/test";
import { accessibilityViolations, expect, openPage, test } from "./support";

/**
 * The fixture library (tests/fixtures/library: 17 articles with topics and drills, built under
 * /sub/ into dist-library/): a reader paging through the articles, a topic, the drill index and
 * search, all inside the folder.
 */
const BASE = "/sub/";
/** A drill of the library, as its fixture gives it (hips-and-stairs.mdx). */
const CLAM = { name: "Side-lying clam", time: "3:14", seconds: 194, path: `${BASE}hips-and-stairs/side-lying-clam/` };
/** Another, found by keyboard (breath-and-neck-tension.mdx). */
const CROCODILE = { name: "Crocodile breath", time: "1:03", path: `${BASE}breath-and-neck-tension/crocodile-breath/` };

const searchControl = (page: Page) => page.getByRole("banner").getByRole("button", { name: "Search" });
const searchField = (page: Page) => page.getByRole("searchbox", { name: "Search articles and drills" });
const results = (page: Page) => page.getByRole("dialog").or(page.locator("#site-search")).getByRole("listitem");

/** The drill's page opened with the player primed at its second: the play control says so. */
async function primedAt(page: Page, time: string) {
  await expect(page.getByRole("button", { name: new RegExp(`Play from ${time}`) })).toBeVisible();
  await expect(page.locator("lite-youtube")).toBeInViewport();
}

async function tallEnough(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
}

test.describe("the library", () => {
  test("pages of articles, forwards and back, twelve a page", async ({ page }) => {
    await openPage(page, BASE);
    const rows = page.locator("main .article-row");
    await expect(rows).toHaveCount(12);
    await expect(page.getByText("Page 1 of 2")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Pages of articles" }).getByRole("link", { name: "Newer" })).toHaveCount(0);
    const older = page.getByRole("link", { name: "Older" });
    await tallEnough(older);
    await older.click();
    await expect(page).toHaveURL(`${BASE}page/2/`);
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
    await expect(rows).toHaveCount(5);
    await expect(page.getByRole("link", { name: "Older" })).toHaveCount(0);
    const newer = page.getByRole("link", { name: "Newer" });
    await tallEnough(newer);
    await newer.click();
    await expect(page).toHaveURL(BASE);
    await expect(rows.first()).toContainText("Library fixture 17");
  });

  test("a topic lists its articles, newest first, each with its drills", async ({ page }) => {
    await openPage(page, `${BASE}topics/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
    await page.getByRole("link", { name: "hips", exact: true }).click();
    await expect(page).toHaveURL(`${BASE}topics/hips/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles on hips");
    const dates = await page
      .locator(".article-row > .meta time")
      .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.getByRole("link", { name: new RegExp(CLAM.name) }).click();
    await expect(page).toHaveURL(CLAM.path);
    await primedAt(page, CLAM.time);
  });

  test("a row of the drill index opens its drill's page at its second", async ({ page }) => {
    await openPage(page, `${BASE}drills/`);
    await expect(page.getByRole("heading", { level: 2, name: "hips" })).toBeVisible();
    const row = page.getByRole("link", { name: new RegExp(`^${CLAM.time} ${CLAM.name} 3:14–4:26 · Library fixture 3`) }).first();
    await tallEnough(row);
    await row.click();
    await expect(page).toHaveURL(CLAM.path);
    await primedAt(page, CLAM.time);
  });

  test("searching a drill's name finds the drill, with its time, and lands on its page primed", async ({ page }) => {
    await openPage(page, BASE);
    await searchControl(page).click();
    await expect(searchField(page)).toBeFocused();
    await searchField(page).fill("clam");
    const result = page.locator("#site-search").getByRole("link", { name: new RegExp(CLAM.name) });
    await expect(result).toContainText(CLAM.time);
    await expect(result).toContainText("Library fixture 3");
    await expect(page.getByRole("status").filter({ hasText: /results? for “clam”/ })).toBeVisible();
    await result.click();
    await expect(page).toHaveURL(CLAM.path);
    await primedAt(page, CLAM.time);
  });

  test("search works from the keyboard alone, and Esc gives focus back to the control", async ({ page }) => {
    await openPage(page, BASE);
    for (
      let stop = 0;
      stop < 4 && !(await searchControl(page).evaluate((element) => element === document.activeElement));
      stop++
    ) {
      await page.keyboard.press("Tab");
    }
    await expect(searchControl(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(searchField(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(searchField(page)).toBeHidden();
    await expect(searchControl(page)).toBeFocused();

    await page.keyboard.press("Enter");
    await page.keyboard.type("crocodile");
    await expect(results(page).first()).toContainText(CROCODILE.name);
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("#site-search").getByRole("link").first()).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(CROCODILE.path);
    await primedAt(page, CROCODILE.time);
  });

  test("nothing of search is fetched before the reader touches it", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await openPage(page, BASE);
    await page.waitForLoadState("networkidle");
    expect(requested.filter((path) => path.includes("/pagefind/") || path.endsWith(".js"))).toEqual([]);
    // Other presses on the page start nothing of search either.
    await page.keyboard.press("Tab");
    await page.getByRole("heading", { level: 1 }).click();
    await page.waitForLoadState("networkidle");
    expect(requested.filter((path) => path.includes("/pagefind/") || path.endsWith(".js"))).toEqual([]);
    await searchControl(page).click();
    await expect.poll(() => requested.some((path) => path === `${BASE}pagefind/pagefind.js`)).toBe(true);
    expect(requested.every((path) => path.startsWith(BASE))).toBe(true);
  });

  test("axe finds nothing on the library's pages and on search with its results, in light and dark", async ({ page }) => {
    test.setTimeout(150_000); // ten pages, each checked in full
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of [BASE, `${BASE}page/2/`, `${BASE}topics/`, `${BASE}topics/lower-back/`, `${BASE}drills/`]) {
        await openPage(page, path);
        expect(await accessibilityViolations(page), `${path} (${scheme})`).toEqual([]);
      }
      await searchControl(page).click();
      await searchField(page).fill("rest");
      await expect(results(page).first()).toBeVisible();
      expect(await accessibilityViolations(page), `search results (${scheme})`).toEqual([]);
    }
  });
});

test.describe("the library without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search is a link to the drill index, and nothing dead is left on the page", async ({ page }) => {
    await page.goto(BASE);
    await expect(searchControl(page)).toBeHidden();
    const link = page.getByRole("banner").getByRole("link", { name: "Search" });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(`${BASE}drills/`);
    await expect(page.getByRole("link", { name: new RegExp(CLAM.name) }).first()).toBeVisible();
  });
});
