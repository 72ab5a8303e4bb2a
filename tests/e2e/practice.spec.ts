import { devices, type Page } from "@playwright/test";
import {
  ARTICLE,
  ARTICLE_PATH,
  FIRST_DRILL,
  SECOND_DRILL,
  SITE,
  clockOf,
  commandsSent,
  drill,
  expect,
  openPage,
  playButton,
  playerFrame,
  playerReports,
  sharedData,
  startedPlayerUrl,
  test,
  webShare,
  type DrillFacts,
} from "./support";

/** A second well inside a drill. */
const midway = (drill: DrillFacts) => (drill.seconds + drill.end) / 2;

const repeatToggle = (page: Page, drillTitle: string) => page.getByRole("button", { name: `Repeat ${drillTitle}` });
/** The row of the drill list a drill is in. */
const drillRow = (page: Page, drillTitle: string) => page.locator("nav li", { hasText: drillTitle });
const repeatStatus = (page: Page) => page.getByRole("navigation", { name: "Jump to a drill" }).getByRole("status");
/** How many times the page has sent the player back to `seconds`. */
const seeksTo = async (page: Page, seconds: number) =>
  (await commandsSent(page)).filter((command) => command.func === "seekTo" && command.args[0] === seconds).length;

/** The reader opens the article and turns on repeat for `repeated`, which starts the video. */
async function repeatFromTheArticle(page: Page, repeated: DrillFacts) {
  await openPage(page, ARTICLE_PATH);
  await repeatToggle(page, repeated.title).click();
  await startedPlayerUrl(page);
}

test.describe("repeating a drill", () => {
  test("the toggle names its drill, starts it, shows its span and says so", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    const toggle = repeatToggle(page, FIRST_DRILL.title);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(drillRow(page, FIRST_DRILL.title).getByText(FIRST_DRILL.span)).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
    await expect(drillRow(page, FIRST_DRILL.title).getByText(FIRST_DRILL.span)).toBeVisible();
    await expect(repeatStatus(page)).toHaveText(`Repeating ${FIRST_DRILL.title}, ${FIRST_DRILL.span}`);
    await expect(toggle).toBeFocused();
  });

  test("at the end of the drill the player goes back to its start, in the same player", async ({ page }) => {
    await repeatFromTheArticle(page, FIRST_DRILL);
    const src = await playerFrame(page).getAttribute("src");
    await playerReports(page, midway(FIRST_DRILL));
    await playerReports(page, FIRST_DRILL.end - 0.5);
    expect(await seeksTo(page, FIRST_DRILL.seconds)).toBe(0);
    await playerReports(page, FIRST_DRILL.end + 0.2);
    await expect.poll(() => seeksTo(page, FIRST_DRILL.seconds)).toBe(1);
    await expect.poll(() => commandsSent(page)).toContainEqual({ event: "command", func: "playVideo", args: [] });
    // The next time round it loops again.
    await playerReports(page, FIRST_DRILL.seconds + 1);
    await playerReports(page, FIRST_DRILL.end + 0.4);
    await expect.poll(() => seeksTo(page, FIRST_DRILL.seconds)).toBe(2);
    await expect(playerFrame(page)).toHaveCount(1);
    await expect(playerFrame(page)).toHaveAttribute("src", src as string);
  });

  test("one drill repeats at a time: another toggle moves the loop, even to the video's end", async ({ page }) => {
    await repeatFromTheArticle(page, FIRST_DRILL);
    await repeatToggle(page, SECOND_DRILL.title).click();
    await expect(repeatToggle(page, FIRST_DRILL.title)).toHaveAttribute("aria-pressed", "false");
    await expect(repeatToggle(page, SECOND_DRILL.title)).toHaveAttribute("aria-pressed", "true");
    await expect(repeatStatus(page)).toHaveText(`Repeating ${SECOND_DRILL.title}, ${SECOND_DRILL.span}`);
    await expect.poll(() => seeksTo(page, SECOND_DRILL.seconds)).toBe(1);
    await playerReports(page, midway(SECOND_DRILL));
    await playerReports(page, FIRST_DRILL.end + 0.5); // past the first drill's end: no longer looped
    expect(await seeksTo(page, FIRST_DRILL.seconds)).toBe(0);
    // The last drill runs to the end of the video, where the player stops.
    await playerReports(page, ARTICLE.duration - 0.1, { ended: true });
    await expect.poll(() => seeksTo(page, SECOND_DRILL.seconds)).toBe(2);
  });

  test("following another drill's link moves the loop to that drill", async ({ page }) => {
    await repeatFromTheArticle(page, FIRST_DRILL);
    await drill(page, SECOND_DRILL.at).click();
    await expect(repeatToggle(page, SECOND_DRILL.title)).toHaveAttribute("aria-pressed", "true");
    await expect(repeatToggle(page, FIRST_DRILL.title)).toHaveAttribute("aria-pressed", "false");
    await expect.poll(() => seeksTo(page, SECOND_DRILL.seconds)).toBe(1);
    await playerReports(page, midway(SECOND_DRILL));
    await playerReports(page, ARTICLE.duration, { ended: true });
    await expect.poll(() => seeksTo(page, SECOND_DRILL.seconds)).toBe(2);
  });

  test("turning repeat off lets the video run on", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    const toggle = repeatToggle(page, FIRST_DRILL.title);
    await toggle.click();
    await startedPlayerUrl(page);
    await playerReports(page, midway(FIRST_DRILL));
    await toggle.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(repeatStatus(page)).toHaveText(`Stopped repeating ${FIRST_DRILL.title}`);
    await expect(drillRow(page, FIRST_DRILL.title).getByText(FIRST_DRILL.span)).toBeHidden();
    await playerReports(page, FIRST_DRILL.end + 1);
    await playerReports(page, FIRST_DRILL.end + 3);
    // The page has heard the player run on past the drill's end (it offers to share that second)…
    await expect(page.getByRole("button", { name: `Share from ${clockOf(FIRST_DRILL.end + 3)}` })).toBeVisible();
    // …and did not send it back.
    expect(await seeksTo(page, FIRST_DRILL.seconds)).toBe(0);
  });
});

for (const name of ["iPhone 13", "Pixel 7"] as const) {
  const { defaultBrowserType: _, ...phone } = devices[name];

  test.describe(`repeating a drill on a phone (${name})`, () => {
    test.use(phone);

    test("a tap on repeat builds the player through the iframe API, and the drill loops", async ({ page }) => {
      await openPage(page, ARTICLE_PATH);
      await repeatToggle(page, SECOND_DRILL.title).tap();
      expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe(String(SECOND_DRILL.seconds));
      await expect(repeatToggle(page, SECOND_DRILL.title)).toHaveAttribute("aria-pressed", "true");
      await playerReports(page, midway(SECOND_DRILL));
      await playerReports(page, ARTICLE.duration - 0.2, { ended: true });
      await expect.poll(() => seeksTo(page, SECOND_DRILL.seconds)).toBe(1);
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
    expect(await sharedData(page)).toEqual([{ title: ARTICLE.title, url: `${SITE}${ARTICLE_PATH}?t=302` }]);
  });

  test("without a share sheet it copies the article's address at that second, and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await webShare(page, "is absent");
    // From a drill's page, the moment is still the article's.
    await openPage(page, FIRST_DRILL.path);
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
    await expect(drill(page, FIRST_DRILL.at)).toBeVisible();
    await expect(page.getByRole("button")).toHaveCount(0);
    for (const toggle of await page.locator("button.repeat").all()) await expect(toggle).toBeHidden();
    await expect(page.getByRole("link", { name: /^Share from/ })).toHaveCount(0);
  });
});
