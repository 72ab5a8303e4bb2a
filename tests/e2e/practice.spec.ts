import { devices, type Page } from "@playwright/test";
import {
  ARTICLE_PATH,
  SITE,
  commandsSent,
  drill,
  expect,
  playButton,
  playerFrame,
  playerReports,
  sharedData,
  startedPlayerUrl,
  test,
  webShare,
  openPage,
} from "./support";

const KNEELING = "Kneeling hip internal rotator stretch";
const STANDING = "Standing hip internal rotator drill";

const repeatToggle = (page: Page, drillTitle: string) => page.getByRole("button", { name: `Repeat ${drillTitle}` });
/** The row of the drill list a drill is in. */
const drillRow = (page: Page, drillTitle: string) => page.locator("nav li", { hasText: drillTitle });
const repeatStatus = (page: Page) => page.getByRole("navigation", { name: "Jump to a drill" }).getByRole("status");
/** How many times the page has sent the player back to `seconds`. */
const seeksTo = async (page: Page, seconds: number) =>
  (await commandsSent(page)).filter((command) => command.func === "seekTo" && command.args[0] === seconds).length;

test.describe("repeating a drill", () => {
  test("the toggle names its drill, starts it, shows its span and says so", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    const toggle = repeatToggle(page, KNEELING);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(drillRow(page, KNEELING).getByText("4:20–6:02")).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe("260");
    await expect(drillRow(page, KNEELING).getByText("4:20–6:02")).toBeVisible();
    await expect(repeatStatus(page)).toHaveText(`Repeating ${KNEELING}, 4:20–6:02`);
    await expect(toggle).toBeFocused();
  });

  test("at the end of the drill the player goes back to its start, in the same player", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await repeatToggle(page, KNEELING).click();
    await startedPlayerUrl(page);
    const src = await playerFrame(page).getAttribute("src");
    await playerReports(page, 300);
    await playerReports(page, 361.5);
    expect(await seeksTo(page, 260)).toBe(0);
    await playerReports(page, 362.2);
    await expect.poll(() => seeksTo(page, 260)).toBe(1);
    await expect.poll(() => commandsSent(page)).toContainEqual({ event: "command", func: "playVideo", args: [] });
    // The next time round it loops again.
    await playerReports(page, 261);
    await playerReports(page, 362.4);
    await expect.poll(() => seeksTo(page, 260)).toBe(2);
    await expect(playerFrame(page)).toHaveCount(1);
    await expect(playerFrame(page)).toHaveAttribute("src", src as string);
  });

  test("one drill repeats at a time: another toggle moves the loop, even to the video's end", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await repeatToggle(page, KNEELING).click();
    await startedPlayerUrl(page);
    await repeatToggle(page, STANDING).click();
    await expect(repeatToggle(page, KNEELING)).toHaveAttribute("aria-pressed", "false");
    await expect(repeatToggle(page, STANDING)).toHaveAttribute("aria-pressed", "true");
    await expect(repeatStatus(page)).toHaveText(`Repeating ${STANDING}, 6:02–8:00`);
    await expect.poll(() => seeksTo(page, 362)).toBe(1);
    await playerReports(page, 400);
    await playerReports(page, 362.5); // past the first drill's end: no longer looped
    expect(await seeksTo(page, 260)).toBe(0);
    // The last drill runs to the end of the video, where the player stops.
    await playerReports(page, 479.9, { ended: true });
    await expect.poll(() => seeksTo(page, 362)).toBe(2);
  });

  test("following another drill's link moves the loop to that drill", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await repeatToggle(page, KNEELING).click();
    await startedPlayerUrl(page);
    await drill(page, "6:02").click();
    await expect(repeatToggle(page, STANDING)).toHaveAttribute("aria-pressed", "true");
    await expect(repeatToggle(page, KNEELING)).toHaveAttribute("aria-pressed", "false");
    await expect.poll(() => seeksTo(page, 362)).toBe(1);
    await playerReports(page, 370);
    await playerReports(page, 480, { ended: true });
    await expect.poll(() => seeksTo(page, 362)).toBe(2);
  });

  test("turning repeat off lets the video run on", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    const toggle = repeatToggle(page, KNEELING);
    await toggle.click();
    await startedPlayerUrl(page);
    await playerReports(page, 300);
    await toggle.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(repeatStatus(page)).toHaveText(`Stopped repeating ${KNEELING}`);
    await expect(drillRow(page, KNEELING).getByText("4:20–6:02")).toBeHidden();
    await playerReports(page, 363);
    await playerReports(page, 365);
    await page.waitForTimeout(300);
    expect(await seeksTo(page, 260)).toBe(0);
  });
});

for (const name of ["iPhone 13", "Pixel 7"] as const) {
  const { defaultBrowserType: _, ...phone } = devices[name];

  test.describe(`repeating a drill on a phone (${name})`, () => {
    test.use(phone);

    test("a tap on repeat builds the player through the iframe API, and the drill loops", async ({ page }) => {
      await openPage(page, ARTICLE_PATH);
      await repeatToggle(page, STANDING).tap();
      expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe("362");
      await expect(repeatToggle(page, STANDING)).toHaveAttribute("aria-pressed", "true");
      await playerReports(page, 420);
      await playerReports(page, 479.8, { ended: true });
      await expect.poll(() => seeksTo(page, 362)).toBe(1);
      await expect(playerFrame(page)).toHaveCount(1);
    });
  });
}

test.describe("sharing the moment being watched", () => {
  const shareFrom = (page: Page) => page.getByRole("button", { name: /^Share from / });

  test("is absent until the video plays, then follows the player in whole seconds", async ({ page }) => {
    await webShare(page, "records");
    await openPage(page, ARTICLE_PATH);
    await expect(shareFrom(page)).toHaveCount(0);
    await playButton(page).click();
    await startedPlayerUrl(page);
    await expect(shareFrom(page)).toHaveCount(0);
    await playerReports(page, 301.7);
    await expect(shareFrom(page)).toHaveText("Share from 5:01");
    await playerReports(page, 302.2);
    await expect(shareFrom(page)).toHaveAccessibleName("Share from 5:02");
    await shareFrom(page).click();
    expect(await sharedData(page)).toEqual([
      { title: "Are You Making Your Back Worse With The Way You Are Stretching?", url: `${SITE}${ARTICLE_PATH}?t=302` },
    ]);
  });

  test("without a share sheet it copies the article's address at that second, and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await webShare(page, "is absent");
    // From a drill's page, the moment is still the article's.
    await openPage(page, `${ARTICLE_PATH}kneeling-hip-internal-rotator-stretch/`);
    await playButton(page).click();
    await startedPlayerUrl(page);
    await playerReports(page, 301.2);
    await shareFrom(page).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${ARTICLE_PATH}?t=301`);
    await expect(page.locator("share-button", { has: shareFrom(page) }).getByRole("status")).toHaveText("Link copied");
  });

  test("the shared address primes the player at that moment", async ({ page }) => {
    await openPage(page, `${ARTICLE_PATH}?t=301`);
    await expect(page.getByRole("button", { name: /Play from 5:01/ })).toBeVisible();
    await playButton(page).click();
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe("301");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("there is no repeat toggle and no moment to share", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await expect(drill(page, "4:20")).toBeVisible();
    await expect(page.getByRole("button")).toHaveCount(0);
    for (const toggle of await page.locator("button.repeat").all()) await expect(toggle).toBeHidden();
    await expect(page.getByRole("link", { name: /^Share from/ })).toHaveCount(0);
  });
});
