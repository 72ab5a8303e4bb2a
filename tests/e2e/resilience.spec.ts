import { devices, type Locator, type Page } from "@playwright/test";
import {
  ARTICLE,
  ARTICLE_PATH,
  FIRST_DRILL,
  SECOND_DRILL,
  SEED_LINES,
  breakYoutube,
  drill,
  expect,
  openPage,
  playButton,
  playerFrame,
  squash,
  test,
  watchUrl,
} from "./support";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the title, every line of the author's text and the summary are there to read", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE.title);
    const text = squash(await page.locator("main").innerText()); // rendered text only
    for (const line of SEED_LINES) expect(text).toContain(squash(line));
    await expect(page.getByRole("heading", { name: "Video Summary" })).toBeVisible();
  });

  test("drill, summary and video links go to YouTube, at their second where they have one", async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await expect(drill(page, FIRST_DRILL.at)).toHaveAttribute("href", watchUrl(FIRST_DRILL.seconds));
    await expect(drill(page, SECOND_DRILL.at)).toHaveAttribute("href", watchUrl(SECOND_DRILL.seconds));
    await expect(page.getByRole("link", { name: FIRST_DRILL.textLink })).toHaveAttribute("href", watchUrl(FIRST_DRILL.seconds));
    await expect(page.getByRole("link", { name: SECOND_DRILL.textLink })).toHaveAttribute("href", watchUrl(SECOND_DRILL.seconds));
    await expect(page.getByRole("link", { name: /Play video/ })).toHaveAttribute("href", watchUrl());
    await expect(page.getByRole("link", { name: "Watch on YouTube" })).toHaveAttribute("href", watchUrl());
    await expect(page.locator("lite-youtube .poster")).toBeVisible();
  });

  for (const { at, seconds } of ARTICLE.drills) {
    test(`the ${at} drill opens YouTube at second ${seconds}`, async ({ page }) => {
      await page.goto(ARTICLE_PATH);
      await drill(page, at).click();
      await expect(page).toHaveURL(watchUrl(seconds)); // YouTube's stand-in answered it
    });
  }
});

const { defaultBrowserType: _, ...phone } = devices["Pixel 7"];

/** After play failed: "Watch on YouTube" is there, follows the drill the reader picks, and leaves for YouTube. */
async function expectWorkingWatchLink(page: Page) {
  const onYoutube = page.getByRole("link", { name: "Watch on YouTube" });
  await expect(onYoutube).toBeVisible();
  await expect(onYoutube).toHaveAttribute("href", watchUrl());
  await drill(page, SECOND_DRILL.at).click();
  await expect(onYoutube).toHaveAttribute("href", watchUrl(SECOND_DRILL.seconds));
  await expect(onYoutube).toBeVisible();
  const leaving = page.waitForRequest((request) => request.isNavigationRequest() && request.frame() === page.mainFrame());
  await onYoutube.click();
  expect((await leaving).url()).toBe(watchUrl(SECOND_DRILL.seconds));
}

for (const how of ["blocked", "failing"] as const) {
  test.describe(`when YouTube is ${how}`, () => {
    test("pressing play still leaves a working “Watch on YouTube” link, at the drill picked", async ({ page, watch }) => {
      await breakYoutube(page, watch, how);
      await openPage(page, ARTICLE_PATH);
      await playButton(page).click();
      await expect(playerFrame(page)).toHaveCount(1); // showing the browser's or YouTube's error
      await expectWorkingWatchLink(page);
    });

    test.describe("on a phone", () => {
      test.use(phone);

      test("pressing play says the video could not load, offers play again, and the link works", async ({ page, watch }) => {
        await breakYoutube(page, watch, how);
        await openPage(page, ARTICLE_PATH);
        await playButton(page).tap();
        // Phones load YouTube's iframe API script first, so there the failure is known.
        await expect(page.locator(".player-note")).toHaveText(/could not be loaded.*watch it on YouTube/);
        await expect(page.getByRole("button", { name: /^Play video/ })).toBeVisible();
        await expect(playerFrame(page)).toHaveCount(0);
        await expectWorkingWatchLink(page);
      });
    });
  });
}

/** Text that would print too faint on white paper (under 4.5:1), with the colour it has. */
async function faintOnPaper(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const linear = (channel: number) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const faint: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!ownText || !element.checkVisibility()) continue;
      const color = getComputedStyle(element).color;
      const [r = 0, g = 0, b = 0, alpha = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      // Blended onto white, as ink with transparency would be.
      const [lr, lg, lb] = [r, g, b].map((c) => linear(c * alpha + 255 * (1 - alpha))) as [number, number, number];
      const contrast = 1.05 / (0.2126 * lr + 0.7152 * lg + 0.0722 * lb + 0.05);
      if (contrast < 4.5) faint.push(`${element.tagName.toLowerCase()} “${element.textContent.trim().slice(0, 30)}”: ${color}`);
    }
    return faint;
  });
}

test.describe("printed", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`from a ${colorScheme} screen: the exercise sheet alone, in dark ink, with nothing to press`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openPage(page, ARTICLE_PATH);
      await page.emulateMedia({ media: "print", colorScheme });

      await expect(page.locator("lite-youtube")).toBeHidden();
      await expect(page.getByRole("heading", { level: 1, includeHidden: true })).toBeHidden();
      await expect(page.getByText(SEED_LINES[0] as string)).toBeHidden();
      await expect(page.getByRole("navigation", { name: "Jump to a drill", includeHidden: true })).toBeHidden();
      const controls = page.locator("a, button, [role=button], input");
      expect(await controls.count()).toBeGreaterThan(0);
      for (const control of await controls.all()) await expect(control).toBeHidden();

      await expect(page.getByRole("heading", { level: 2, name: ARTICLE.title })).toBeVisible();
      for (const { at: time, title } of ARTICLE.drills) {
        // Once, on the sheet: the drill list it comes from is not printed.
        await expect(page.getByText(`${time} ${title}`).filter({ visible: true })).toHaveCount(1);
        await expect(page.getByRole("img", { name: `QR code: “${title}” at ${time}` })).toBeVisible();
      }
      await expect(page.getByText(/not medical advice/)).toBeVisible();

      expect(await faintOnPaper(page)).toEqual([]);
    });
  }

  test("an article without drills prints as a reading copy: its text, with every outside link's address", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    // What an article without chapters renders: no drill list, so no exercise sheet either.
    await page.locator(".exercise-sheet, nav.drills").evaluateAll((elements) => {
      elements.forEach((element) => {
        element.remove();
      });
    });
    await page.emulateMedia({ media: "print" });

    await expect(page.locator("lite-youtube")).toBeHidden();
    for (const button of await page.locator("button, [role=button]").all()) await expect(button).toBeHidden();
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Back to top" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE.title);
    const text = squash(await page.locator("main").innerText());
    for (const line of SEED_LINES) expect(text).toContain(squash(line));

    const printedAddress = (link: Locator) => link.evaluate((element) => getComputedStyle(element, "::after").content);
    expect(await printedAddress(page.getByRole("link", { name: SECOND_DRILL.textLink }))).toBe(
      `" (${watchUrl(SECOND_DRILL.seconds)})"`,
    );
    expect(await printedAddress(page.getByRole("link", { name: "Watch on YouTube" }))).toBe(`" (${watchUrl()})"`);
    expect(await printedAddress(page.getByRole("link", { name: "Back in Motion" }).first())).toBe("none"); // the site's own

    expect(await faintOnPaper(page)).toEqual([]);
  });
});
