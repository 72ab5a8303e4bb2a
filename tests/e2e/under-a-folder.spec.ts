import type { Page } from "@playwright/test";
import { TEST_SITE } from "../builds";
import {
  ARTICLE as ARTICLE_FACTS,
  ARTICLE_PATH,
  FIRST_DRILL,
  SECOND_DRILL,
  drill,
  expect,
  openPage,
  playButton,
  playerUrl,
  startedPlayerUrl,
  test,
} from "./support";

/**
 * The site built with `--base /sub/` (dist-sub/), served under that folder as on a GitHub
 * Pages project site: the journeys of the other specs, checking that nothing leaves the folder.
 */

/** Shared links name the site's public address: the test address the builds are made for. */
const SITE = TEST_SITE;
const BASE = "/sub/";
const ARTICLE = `${BASE}${ARTICLE_PATH.slice(1)}`;
const FIRST_DRILL_PAGE = `${BASE}${FIRST_DRILL.path.slice(1)}`;

/** Every request of the page to its own server that failed or was answered with an error, besides `allowed`. */
function failedRequests(page: Page, allowed: string[] = []): string[] {
  const failed: string[] = [];
  const origin = () => new URL(page.url()).origin;
  page.on("response", (response) => {
    const url = response.url();
    if (url.startsWith(origin()) && response.status() >= 400 && !allowed.includes(new URL(url).pathname)) {
      failed.push(`${response.status()} ${url}`);
    }
  });
  page.on("requestfailed", (request) => failed.push(`failed ${request.url()}`));
  return failed;
}

test.describe("the site served under a folder", () => {
  test("from the home page to a drill, every link and file stays in the folder", async ({ page }) => {
    const failed = failedRequests(page);
    await openPage(page, BASE);
    await page.getByRole("link", { name: ARTICLE_FACTS.title }).click();
    await expect(page).toHaveURL(ARTICLE);
    // Styled: the skip link waits off screen until it has focus.
    await expect(page.getByRole("link", { name: "Skip to content" })).not.toBeInViewport();
    // The poster PNG the structured data names for search engines is served from the folder too.
    const thumbnail = await page.evaluate(() => {
      const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}") as {
        "@graph"?: { "@type"?: string; thumbnailUrl?: string[] }[];
      };
      return new URL(data["@graph"]?.find((node) => node["@type"] === "VideoObject")?.thumbnailUrl?.[0] ?? "").pathname;
    });
    expect(thumbnail.startsWith(BASE)).toBe(true);
    expect(await page.evaluate(async (path) => (await fetch(path)).status, thumbnail)).toBe(200);
    // The icon comes inside the page: no address to get wrong.
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /^data:image\/svg\+xml,/);

    await drill(page, FIRST_DRILL.at).click();
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
    await expect(page).toHaveURL(`${ARTICLE}?t=${FIRST_DRILL.seconds}`);
    await page.getByRole("link", { name: "Back in Motion" }).first().click();
    await expect(page).toHaveURL(BASE);
    expect(failed).toEqual([]);
  });

  test("a ?t= address primes the player at that moment", async ({ page }) => {
    await openPage(page, `${ARTICLE}?t=${SECOND_DRILL.at}`);
    await expect(page.getByRole("button", { name: `Play from ${SECOND_DRILL.at}` })).toBeVisible();
    await expect(drill(page, SECOND_DRILL.at)).toHaveAttribute("aria-current", "true");
    await playButton(page).click();
    expect((await playerUrl(page)).searchParams.get("start")).toBe(String(SECOND_DRILL.seconds));
  });

  test("a drill's page comes primed at the drill, and its share control copies its address in the folder", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    // No share sheet, as on most desktops: the control copies the link.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true }));
    const failed = failedRequests(page);
    await openPage(page, FIRST_DRILL_PAGE);
    await expect(page.getByRole("button", { name: `Play from ${FIRST_DRILL.at}` })).toBeVisible();
    await page.getByRole("button", { name: `Share “${FIRST_DRILL.title}” (${FIRST_DRILL.at})` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${FIRST_DRILL_PAGE}`);
    await drill(page, SECOND_DRILL.at).click();
    await expect(page).toHaveURL(`${FIRST_DRILL_PAGE}?t=${SECOND_DRILL.seconds}`);
    expect(failed).toEqual([]);
  });

  test("a missing address in the folder answers 404 with the styled page and a way home", async ({ page, watch }) => {
    watch.expect(/status of 404/);
    const missing = `${BASE}no/such/page/`;
    const failed = failedRequests(page, [missing]);
    const response = await openPage(page, missing);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    // Styled: the skip link waits off screen until it has focus.
    await expect(page.getByRole("link", { name: "Skip to content" })).not.toBeInViewport();
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page).toHaveURL(BASE);
    expect(failed).toEqual([]);
  });
});
