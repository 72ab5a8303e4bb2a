import type { Page } from "@playwright/test";
import {
  ARTICLE,
  ARTICLE_PATH,
  FIRST_DRILL,
  SECOND_DRILL,
  accessibilityViolations,
  builtPages,
  drill,
  exactly,
  expect,
  openPage,
  playButton,
  playerFrame,
  playerReports,
  test,
} from "./support";

test.describe("WCAG 2.2 AA (axe)", () => {
  for (const { path, hasPlayer } of builtPages) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`${path} in ${colorScheme}: no violations${hasPlayer ? ", before and after the player starts, and with a drill repeating" : ""}`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        await openPage(page, path);
        expect(await accessibilityViolations(page)).toEqual([]);
        if (!hasPlayer) return;
        await playButton(page).click();
        await expect(playerFrame(page)).toHaveAccessibleName(/^Play: \S/);
        expect(await accessibilityViolations(page)).toEqual([]);
        // Repeat on (the row in the accent, its span shown) and the moment on offer to share.
        await page
          .getByRole("button", { name: /^Repeat / })
          .first()
          .click();
        await playerReports(page, 301);
        await expect(page.getByRole("button", { name: /^Share from / })).toBeVisible();
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  }
});

/** What a screen reader would say the focused element is: its role and name ("link "4:20 …""). */
async function focusedName(page: Page): Promise<string> {
  const snapshot = await page.locator("*:focus").ariaSnapshot();
  // The first line is `- role "name"`, then `:` and any visible text that differs from the name.
  const line = (snapshot.split("\n")[0] ?? "").replace(/^- /, "");
  return /^\S+(?: "(?:[^"\\]|\\.)*")?/.exec(line)?.[0] ?? line;
}

/**
 * Whether the reader can see where focus is: the focused element is in view (once any
 * scrolling to it has settled) and the screen looks different with focus taken away. Rings
 * may be drawn outside the element (a card's link rings the card), so the whole view is
 * compared. Focus is put back afterwards.
 */
async function focusShows(page: Page): Promise<boolean> {
  const focused = (await page.evaluateHandle(() => document.activeElement)).asElement();
  if (!focused) return false;
  // Focus scrolls the element into view (smoothly, without reduced motion): wait till it is there and still.
  const inViewAndStill = () =>
    focused.evaluate(async (element) => {
      const before = JSON.stringify(element.getBoundingClientRect());
      for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = element.getBoundingClientRect();
      const inView = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      return inView && JSON.stringify(box) === before;
    });
  const settled = await expect
    .poll(inViewAndStill, { timeout: 5_000 })
    .toBe(true)
    .then(
      () => true,
      () => false,
    );
  if (!settled) return false;
  const withFocus = await page.screenshot();
  await focused.evaluate((element: HTMLElement) => {
    element.blur();
  });
  const withoutFocus = await page.screenshot();
  await focused.evaluate((element: HTMLElement) => {
    element.focus({ preventScroll: true });
  });
  return !withFocus.equals(withoutFocus);
}

/** Presses Tab until focus leaves the page, noting each stop and whether its focus showed. */
async function tabThrough(page: Page): Promise<{ stops: string[]; hidden: string[] }> {
  const stops: string[] = [];
  const hidden: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement === document.body || !document.hasFocus())) break;
    const name = await focusedName(page);
    if (name === stops[0]) break; // round again
    stops.push(name);
    if (!(await focusShows(page))) hidden.push(name);
  }
  return { stops, hidden };
}

test.describe("keyboard", () => {
  for (const { path } of builtPages) {
    test(`${path}: every Tab stop shows where focus is`, async ({ page }) => {
      test.setTimeout(90_000); // every stop of the page, each checked for a visible ring
      await openPage(page, path);
      const { stops, hidden } = await tabThrough(page);
      expect(stops.length).toBeGreaterThan(1);
      expect(stops[0]).toBe('link "Skip to content"');
      expect(hidden, `stops without visible focus, of ${stops.join(", ")}`).toEqual([]);
    });
  }

  test("the article's journey: skip link, play control, YouTube link, drills, summary times, share controls", async ({
    page,
  }) => {
    test.setTimeout(90_000); // every stop of the page, each checked for a visible ring
    await openPage(page, ARTICLE_PATH);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await focusShows(page)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();

    const { stops, hidden } = await tabThrough(page);
    expect(hidden, `stops without visible focus, of ${stops.join(", ")}`).toEqual([]);
    // In reading order; the page may have other stops between them.
    const expected = [
      /^button "Share this article"$/,
      /^button "Play video 8 min"$/,
      /^link "Watch on YouTube"$/,
      ...ARTICLE.drills.flatMap((drill) => [
        exactly(`link "${drill.at} ${drill.title}"`),
        exactly(`button "Share “${drill.title}” (${drill.at})"`),
        exactly(`button "Repeat ${drill.title}"`),
      ]),
      exactly(`link "${FIRST_DRILL.textLink}"`),
      exactly(`link "${SECOND_DRILL.textLink}"`),
      /^link "Back to top"$/,
    ];
    const positions = expected.map((pattern) => stops.findIndex((stop) => pattern.test(stop)));
    expect(
      positions.every((position, i) => position >= 0 && (i === 0 || position > (positions[i - 1] as number))),
      stops.join(", "),
    ).toBe(true);
    // Every share control on the page is a stop too, however many there are.
    const shareControls = await page.getByRole("button", { name: /share/i }).count();
    expect(stops.filter((stop) => /^button ".*share.*"$/i.test(stop))).toHaveLength(shareControls);
  });

  test("after Enter on the play control, focus shows on the player, and Tab goes on to the drills", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await page.keyboard.press("Tab"); // the skip link
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Share this article" })).toBeFocused();
    // The article's topics, under the byline.
    for (const topic of ["hips", "lower back"]) {
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: topic, exact: true })).toBeFocused();
    }
    await page.keyboard.press("Tab");
    await expect(playButton(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(playerFrame(page)).toBeFocused();
    expect(await focusShows(page)).toBe(true);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Watch on YouTube" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(drill(page, FIRST_DRILL.at)).toBeFocused();
    expect(await focusShows(page)).toBe(true);
  });
});

test.describe("reduced motion", () => {
  /** Everything on the page that would move by itself: smooth scrolling, animations, motion transitions. */
  async function motion(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const moving: string[] = [];
      if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") moving.push("html: smooth scrolling");
      const MOTION = /^(all|transform|translate|scale|rotate|top|right|bottom|left|inset|margin.*|width|height)$/;
      for (const element of document.querySelectorAll("*")) {
        for (const pseudo of [null, "::before", "::after"]) {
          const style = getComputedStyle(element, pseudo);
          const name = `${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ""}${pseudo ?? ""}`;
          if (style.animationName !== "none" && parseFloat(style.animationDuration) > 0) moving.push(`${name}: animation`);
          const durations = style.transitionDuration.split(",").map(parseFloat);
          style.transitionProperty.split(",").forEach((property, i) => {
            if (MOTION.test(property.trim()) && (durations[i % durations.length] ?? 0) > 0)
              moving.push(`${name}: ${property.trim()}`);
          });
        }
      }
      return moving;
    });
  }

  for (const { path } of builtPages) {
    test(`${path}: nothing moves by itself when the reader asks for reduced motion`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await openPage(page, path);
      expect(await motion(page)).toEqual([]);
    });
  }

  test("without the preference, scrolling to the player is smooth and the play control eases", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await openPage(page, ARTICLE_PATH);
    expect(await motion(page)).toEqual(expect.arrayContaining(["html: smooth scrolling", "span.play-pill: transform"]));
  });
});
