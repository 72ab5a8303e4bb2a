import { devices } from "@playwright/test";
import {
  ARTICLE_PATH,
  FIRST_DRILL,
  SECOND_DRILL,
  commandsSent,
  drill,
  expect,
  openPage,
  playButton,
  playerFrame,
  playerUrl,
  startedPlayerUrl,
  test,
} from "./support";

/**
 * Phones (user agent with "Mobi") and Apple browsers take lite-youtube-embed's other path:
 * it loads YouTube's iframe API and builds the player through it. Run in Chromium with each
 * phone's screen, touch and user agent.
 */
for (const name of ["iPhone 13", "Pixel 7"] as const) {
  const { defaultBrowserType: _, ...phone } = devices[name];

  test.describe(`on a phone (${name})`, () => {
    test.use(phone);

    test("one tap on play builds the privacy-enhanced player through the iframe API and starts it", async ({ page, watch }) => {
      await openPage(page, ARTICLE_PATH);
      expect(watch.foreignRequests).toEqual([]);
      await playButton(page).tap();
      const url = await startedPlayerUrl(page);
      expect(url.searchParams.get("playsinline")).toBe("1");
      await expect.poll(() => commandsSent(page)).toContainEqual({ event: "command", func: "playVideo", args: [] });
      expect(watch.foreignRequests.filter((request) => !request.startsWith("https://www.youtube-nocookie.com/embed/"))).toEqual([
        "https://www.youtube.com/iframe_api",
      ]);
    });

    test("a drill tap starts at its second, a second drill seeks without a new player", async ({ page }) => {
      await openPage(page, ARTICLE_PATH);
      await drill(page, FIRST_DRILL.at).tap();
      const url = await startedPlayerUrl(page);
      expect(url.searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
      await expect(page.locator("lite-youtube")).toBeInViewport();
      await expect.poll(() => commandsSent(page)).toContainEqual({ event: "command", func: "playVideo", args: [] });
      const firstSrc = await playerFrame(page).getAttribute("src");

      await drill(page, SECOND_DRILL.at).tap();
      await expect
        .poll(() => commandsSent(page))
        .toContainEqual({ event: "command", func: "seekTo", args: [SECOND_DRILL.seconds, true] });
      await expect(playerFrame(page)).toHaveCount(1);
      await expect(playerFrame(page)).toHaveAttribute("src", firstSrc as string);
      await expect(page).toHaveURL(`${ARTICLE_PATH}?t=${SECOND_DRILL.seconds}`);
    });

    test("a shared ?t= address primes the player there", async ({ page, watch }) => {
      const { seconds } = FIRST_DRILL;
      await openPage(page, `${ARTICLE_PATH}?t=${Math.floor(seconds / 60)}m${seconds % 60}s`);
      await expect(page.locator("lite-youtube")).toBeInViewport();
      await expect(page.getByRole("button", { name: `Play from ${FIRST_DRILL.at}` })).toBeVisible();
      await page.waitForLoadState("networkidle"); // anything the primed page would fetch on its own has been asked for
      expect(watch.foreignRequests).toEqual([]);
      await playButton(page).tap();
      expect((await playerUrl(page)).searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
    });
  });
}
