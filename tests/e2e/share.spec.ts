import type { Page } from "@playwright/test";
import {
  ARTICLE,
  ARTICLE_PATH,
  FIRST_DRILL,
  SECOND_DRILL,
  SITE,
  drill,
  expect,
  openPage,
  playButton,
  playerUrl,
  pressPlayPrimedAt,
  sharedData,
  test,
  webShare,
  type DrillFacts,
} from "./support";

const shareArticle = (page: Page) => page.getByRole("button", { name: "Share this article" });
/** A drill's share control, named for the drill and its time. */
const shareDrill = (page: Page, drill: DrillFacts) => page.getByRole("button", { name: `Share “${drill.title}” (${drill.at})` });

test.describe("sharing, where the device has a share sheet", () => {
  test("a drill's share control hands the drill's page and title to the share sheet", async ({ page, watch }) => {
    await webShare(page, "records");
    await openPage(page, ARTICLE_PATH);
    await shareDrill(page, FIRST_DRILL).click();
    expect(await sharedData(page)).toEqual([
      { title: `${FIRST_DRILL.title} — ${FIRST_DRILL.at}`, url: FIRST_DRILL.sharedAddress },
    ]);
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveCount(0);
    expect(watch.foreignRequests).toEqual([]);
  });

  test("the article's share control shares the article", async ({ page }) => {
    await webShare(page, "records");
    await openPage(page, SECOND_DRILL.path);
    await shareArticle(page).click();
    expect(await sharedData(page)).toEqual([{ title: ARTICLE.title, url: `${SITE}${ARTICLE_PATH}` }]);
  });

  test("closing the share sheet copies nothing and says nothing", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await webShare(page, "is cancelled");
    await openPage(page, ARTICLE_PATH);
    await page.evaluate(() => navigator.clipboard.writeText("before"));
    await shareArticle(page).click();
    expect(await sharedData(page)).toHaveLength(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("before");
    await expect(page.locator(".share-status:not(:empty)")).toHaveCount(0);
  });
});

test.describe("sharing, where there is no share sheet", () => {
  test.beforeEach(async ({ page }) => webShare(page, "is absent"));

  test("copies the drill's link and says so beside the control, then the note goes", async ({ page, context, watch }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openPage(page, ARTICLE_PATH);
    const control = shareDrill(page, SECOND_DRILL);
    await control.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SECOND_DRILL.sharedAddress);
    const status = page.locator("share-button", { has: control }).getByRole("status");
    await expect(status).toHaveText("Link copied");
    await expect(status).toBeVisible();
    await expect(status).toBeHidden({ timeout: 5_000 });
    await expect(control).toBeFocused();
    expect(watch.foreignRequests).toEqual([]);
  });

  test("copies the article's link from the keyboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openPage(page, ARTICLE_PATH);
    await shareArticle(page).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${ARTICLE_PATH}`);
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  });

  test("when copying is refused, shows the link to copy by hand", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
        configurable: true,
      });
    });
    await openPage(page, ARTICLE_PATH);
    await shareArticle(page).click();
    await expect(page.getByRole("status").filter({ hasText: "Copy this link:" })).toHaveText(
      `Copy this link: ${SITE}${ARTICLE_PATH}`,
    );
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("each share control is a link to the page it would share", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole("link", { name: "Share this article" })).toHaveAttribute("href", `${SITE}${ARTICLE_PATH}`);
    await expect(page.getByRole("link", { name: `Share “${FIRST_DRILL.title}”` })).toHaveAttribute(
      "href",
      FIRST_DRILL.sharedAddress,
    );
    await expect(page.getByRole("link", { name: `Share “${SECOND_DRILL.title}”` })).toHaveAttribute(
      "href",
      SECOND_DRILL.sharedAddress,
    );
  });
});

test.describe("a drill's share page", () => {
  test("opens scrolled to the player, primed at the drill, with the drill marked", async ({ page, watch }) => {
    await openPage(page, FIRST_DRILL.path);
    await expect(page.locator("lite-youtube")).toBeInViewport();
    await expect(page.getByRole("button", { name: `Play from ${FIRST_DRILL.at}` })).toBeVisible();
    await expect(drill(page, FIRST_DRILL.at)).toHaveAttribute("aria-current", "true");
    await expect(drill(page, SECOND_DRILL.at)).not.toHaveAttribute("aria-current");
    await page.waitForLoadState("networkidle"); // anything the primed page would fetch on its own has been asked for
    expect(watch.foreignRequests).toEqual([]);
    await pressPlayPrimedAt(page, FIRST_DRILL.seconds);
  });

  test("a ?t= in its address takes precedence over the drill", async ({ page }) => {
    await openPage(page, `${FIRST_DRILL.path}?t=${SECOND_DRILL.at}`);
    await expect(page.getByRole("button", { name: `Play from ${SECOND_DRILL.at}` })).toBeVisible();
    await playButton(page).click();
    expect((await playerUrl(page)).searchParams.get("start")).toBe(String(SECOND_DRILL.seconds));
  });

  test("a broken ?t= leaves the drill primed, with a note saying so", async ({ page }) => {
    await openPage(page, `${SECOND_DRILL.path}?t=99:99`);
    await expect(page.locator(".player-note")).toContainText(`plays from ${SECOND_DRILL.at}`);
    await playButton(page).click();
    expect((await playerUrl(page)).searchParams.get("start")).toBe(String(SECOND_DRILL.seconds));
  });
});
