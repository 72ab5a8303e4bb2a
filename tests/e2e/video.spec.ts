import {
  ARTICLE,
  ARTICLE_PATH,
  FIRST_DRILL,
  SECOND_DRILL,
  commandsSent,
  drill,
  earlyConnections,
  expect,
  messagesSent,
  openPage,
  playButton,
  playerFrame,
  playerReports,
  playerUrl,
  pressPlayPrimedAt,
  scriptsRan,
  startedPlayerUrl,
  startingWith,
  stubFrame,
  tapDrillWhilePlaying,
  test,
} from "./support";

test.describe("before the reader asks for the video", () => {
  test("nothing is requested from, or connected to, another origin: not on load, hover or focus", async ({ page, watch }) => {
    await openPage(page, ARTICLE_PATH);
    await page.locator("lite-youtube").scrollIntoViewIfNeeded();
    await page.locator("lite-youtube").hover();
    await playButton(page).focus();
    for (const link of await page.locator("a[data-seek]").all()) {
      await link.hover();
      await link.focus();
    }
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState("networkidle");
    expect(watch.foreignRequests).toEqual([]);
    expect(await earlyConnections(page)).toEqual([]);
    await expect(playerFrame(page)).toHaveCount(0);
    const foreignResources = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((url) => !url.startsWith(location.origin)),
    );
    expect(foreignResources).toEqual([]);
  });

  test("the poster is the page's own, showing the video's title and the site's name, not YouTube's thumbnail", async ({
    page,
    watch,
  }) => {
    const images: string[] = [];
    page.on("request", (request) => request.resourceType() === "image" && images.push(request.url()));
    await openPage(page, ARTICLE_PATH);
    const poster = page.locator("lite-youtube .poster");
    await poster.scrollIntoViewIfNeeded();
    await expect(poster).toBeVisible();
    await expect(poster).toContainText("Back in Motion");
    await expect(poster).toContainText(ARTICLE.title);
    // The title is on screen, not read out: the heading above already says it.
    await expect(poster).toHaveAttribute("aria-hidden", "true");
    // The package asks for a sharper thumbnail 100 ms after upgrading unless the poster is the page's own.
    await page.waitForLoadState("networkidle");
    expect(watch.foreignRequests).toEqual([]);
    expect(images).toEqual([]);
  });

  test("the play control says what it does and how long the video is", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await expect(page.getByRole("button", { name: /Play video.*8 min/ })).toBeVisible();
  });
});

test.describe("playing", () => {
  test("the play control loads the privacy-enhanced player with autoplay and the JS API", async ({ page, watch }) => {
    await openPage(page, ARTICLE_PATH);
    await playButton(page).click();
    const url = await startedPlayerUrl(page);
    expect(url.searchParams.has("start")).toBe(false);
    await expect(playerFrame(page)).toHaveAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    await expect(playerFrame(page)).toHaveAttribute("title", startingWith(`Play: ${ARTICLE.videoTitle}`));
    expect(watch.foreignRequests.every((request) => request.startsWith("https://www.youtube-nocookie.com/embed/"))).toBe(true);
  });

  test("a drill link starts the player at its second", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await drill(page, FIRST_DRILL.at).click();
    const url = await startedPlayerUrl(page);
    expect(url.searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
    await expect(page).toHaveURL(`${ARTICLE_PATH}?t=${FIRST_DRILL.seconds}`);
    await expect(drill(page, FIRST_DRILL.at)).toHaveAttribute("aria-current", "true");
  });

  test("a second drill seeks the running player instead of reloading it", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await drill(page, FIRST_DRILL.at).click();
    await expect(playerFrame(page)).toHaveCount(1);
    const firstSrc = await playerFrame(page).getAttribute("src");
    await tapDrillWhilePlaying(page, SECOND_DRILL);
    await expect(playerFrame(page)).toHaveAttribute("src", firstSrc as string);
    await expect(page).toHaveURL(`${ARTICLE_PATH}?t=${SECOND_DRILL.seconds}`);
    await expect(drill(page, SECOND_DRILL.at)).toHaveAttribute("aria-current", "true");
    await expect(drill(page, FIRST_DRILL.at)).not.toHaveAttribute("aria-current", "true");
  });

  test("while the video plays, the drill being played is marked current", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await drill(page, FIRST_DRILL.at).click();
    await expect.poll(() => messagesSent(page)).toContainEqual({ event: "listening", id: 1, channel: "widget" });
    await expect(drill(page, FIRST_DRILL.at)).toHaveAttribute("aria-current", "true");

    await playerReports(page, SECOND_DRILL.seconds + 3.4); // the reader let it run on into the second drill
    await expect(drill(page, SECOND_DRILL.at)).toHaveAttribute("aria-current", "true");
    await expect(drill(page, FIRST_DRILL.at)).not.toHaveAttribute("aria-current");
    await expect(page.getByRole("link", { name: SECOND_DRILL.textLink })).toHaveAttribute("aria-current", "true");

    await playerReports(page, 12); // and scrubbed back to the start
    await expect(page.locator("a[aria-current]")).toHaveCount(0);
  });

  test("the summary's times are the same links as the drills", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    const summary = page.locator("section.summary");
    await expect(summary.getByRole("link", { name: FIRST_DRILL.textLink })).toHaveAttribute(
      "href",
      (await drill(page, FIRST_DRILL.at).getAttribute("href")) as string,
    );
    await expect(summary.getByRole("link", { name: SECOND_DRILL.textLink })).toHaveAttribute(
      "href",
      (await drill(page, SECOND_DRILL.at).getAttribute("href")) as string,
    );
    await summary.getByRole("link", { name: SECOND_DRILL.textLink }).click();
    expect((await playerUrl(page)).searchParams.get("start")).toBe(String(SECOND_DRILL.seconds));
    await expect(page.locator("lite-youtube")).toBeInViewport();
  });

  test("a summary link brings the player into view and focus to it", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openPage(page, ARTICLE_PATH);
    await page.locator("section.summary").getByRole("link", { name: FIRST_DRILL.textLink }).click();
    await expect(page.locator("lite-youtube")).toBeInViewport({ ratio: 1 });
    await expect(playerFrame(page)).toBeFocused();
  });

  test("without reduced motion the scroll to the player is smooth; with it, instant", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const travelled = async () => {
      await openPage(page, ARTICLE_PATH);
      return page.evaluate(() => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>("section.summary a[data-seek]")][0] as HTMLAnchorElement;
        link.scrollIntoView({ block: "end", behavior: "instant" });
        const before = scrollY;
        link.click();
        return before - scrollY; // how far the page moved up within the click itself
      });
    };
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await travelled()).toBeGreaterThan(200);
    await page.emulateMedia({ reducedMotion: "no-preference" });
    expect(await travelled()).toBeLessThan(50);
  });

  test("the address change replaces the entry, so Back still leaves the page", async ({ page }) => {
    await openPage(page, "/");
    await page.getByRole("link", { name: ARTICLE.title }).click();
    // Until the page's script has run, a drill is a plain link to YouTube: wait for it, not just the address.
    await page.waitForURL(ARTICLE_PATH);
    await scriptsRan(page);
    await drill(page, FIRST_DRILL.at).click();
    await drill(page, SECOND_DRILL.at).click();
    await expect(page).toHaveURL(`${ARTICLE_PATH}?t=${SECOND_DRILL.seconds}`);
    await page.goBack();
    await expect(page).toHaveURL("/");
  });

  test("a click replayed by the page (element.click(), as for a press made before its script arrived) plays like the reader's", async ({
    page,
  }) => {
    const replayClick = (element: HTMLElement) => {
      element.click();
    };
    await openPage(page, ARTICLE_PATH);
    await drill(page, SECOND_DRILL.at).evaluate(replayClick);
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe(String(SECOND_DRILL.seconds));
    await expect(page).toHaveURL(`${ARTICLE_PATH}?t=${SECOND_DRILL.seconds}`);
    await expect(drill(page, SECOND_DRILL.at)).toHaveAttribute("aria-current", "true");

    await openPage(page, `${ARTICLE_PATH}?t=301`);
    await playButton(page).evaluate(replayClick);
    expect((await startedPlayerUrl(page)).searchParams.get("start")).toBe("301");
  });

  test("a modified click (new tab) is left to the browser", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    // Seen after the page's own handlers: was the browser's default (open YouTube) kept?
    await page.evaluate(() => {
      window.addEventListener("click", (event) => {
        document.body.setAttribute("data-default-kept", String(!event.defaultPrevented));
      });
    });
    await drill(page, FIRST_DRILL.at).click({ modifiers: ["ControlOrMeta"] });
    await expect(page.locator("body")).toHaveAttribute("data-default-kept", "true");
    await expect(playerFrame(page)).toHaveCount(0);
    await expect(page).toHaveURL(ARTICLE_PATH);
  });
});

// The many ways of writing a second (and of getting it wrong) are read in tests/unit
// (moment-address, time and its property test); here the reader follows one of each.
test.describe("shared ?t= addresses", () => {
  test("a ?t= at a drill's second primes the player there without playing, and plays from it", async ({ page, watch }) => {
    await openPage(page, `${ARTICLE_PATH}?t=${SECOND_DRILL.seconds}`);
    await expect(page.locator("lite-youtube")).toBeInViewport();
    await expect(page.getByRole("button", { name: `Play from ${SECOND_DRILL.at}` })).toBeVisible();
    await expect(playerFrame(page)).toHaveCount(0);
    expect(watch.foreignRequests).toEqual([]);
    await pressPlayPrimedAt(page, SECOND_DRILL.seconds);
  });

  test("a ?t= that is not a time is ignored with a note, and the video plays from the start", async ({ page }) => {
    await openPage(page, `${ARTICLE_PATH}?t=abc`);
    await expect(page.locator(".player-note")).toContainText("plays from the start");
    await expect(page.getByRole("button", { name: /^Play video/ })).toBeVisible();
    await playButton(page).click();
    expect((await playerUrl(page)).searchParams.has("start")).toBe(false);
  });
});

test.describe("a ?t= is never shown as written", () => {
  const UNREADABLE = "The time in this link could not be read, so the video plays from the start.";
  const values = {
    words: "Call 0800 555 0100 to book",
    markup: '<img src=x onerror="document.title=1"><b>Free consult</b>',
    "a very long value": "Book now ".repeat(400),
  };

  for (const [kind, value] of Object.entries(values)) {
    test(`${kind}: the note is a fixed sentence and the page shows none of it`, async ({ page }) => {
      await openPage(page, `${ARTICLE_PATH}?t=${encodeURIComponent(value)}`);
      await expect(page.locator(".player-note")).toHaveText(UNREADABLE);
      const shown = await page.locator("body").innerText();
      for (const word of ["0800", "Free consult", "Book now", "onerror"]) expect(shown).not.toContain(word);
      await expect(page.locator("body img[src='x']")).toHaveCount(0);
    });
  }

  test("a time past the end is named the way the page prints times", async ({ page }) => {
    await openPage(page, `${ARTICLE_PATH}?t=0599`);
    await expect(page.locator(".player-note")).toHaveText(
      /^This link asks for 9:59, past the end of this 8 min video, so it plays from the start\.$/,
    );
  });
});

test.describe("served with the host's headers (dist/_headers)", () => {
  /** Which of `features` the document may use (Chromium's Permissions Policy API). */
  const allowed = (features: string[]) =>
    features.filter((feature) =>
      (document as unknown as { featurePolicy: { allowsFeature(name: string): boolean } }).featurePolicy.allowsFeature(feature),
    );
  const PLAYER_NEEDS = ["autoplay", "encrypted-media", "fullscreen", "picture-in-picture"];
  const NOBODY_USES = ["camera", "microphone", "geolocation", "payment", "usb"];

  test("the player may autoplay, decrypt, go full screen and float; nothing may use the camera or location", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    // Desktop Linux Chromium has no Web Share, so web-share=(self) is not asked about here.
    expect(await page.evaluate(allowed, ["clipboard-write", ...NOBODY_USES])).toEqual(["clipboard-write"]);
    await drill(page, FIRST_DRILL.at).click();
    await expect.poll(() => stubFrame(page)?.url()).toContain("/embed/");
    const player = stubFrame(page);
    expect(await player?.evaluate(allowed, [...PLAYER_NEEDS, ...NOBODY_USES])).toEqual(PLAYER_NEEDS);
  });
});

test.describe("keyboard", () => {
  async function tabTo(page: import("@playwright/test").Page, target: import("@playwright/test").Locator) {
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error("Tab never reached the element");
  }

  test("Tab reaches the play control and Enter plays", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await tabTo(page, playButton(page));
    await expect(playButton(page)).toBeFocused();
    await page.keyboard.press("Enter");
    expect((await playerUrl(page)).searchParams.get("autoplay")).toBe("1");
    await expect(playerFrame(page)).toBeFocused();
    // The faded-out control is gone from the tab order and the accessibility tree.
    await expect(page.getByRole("button", { name: /Play video/ })).toHaveCount(0);
  });

  test("Tab reaches each drill link and Enter plays from it, then seeks", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await tabTo(page, drill(page, FIRST_DRILL.at));
    await page.keyboard.press("Enter");
    expect((await playerUrl(page)).searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
    await expect(playerFrame(page)).toBeFocused();
    await drill(page, SECOND_DRILL.at).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => commandsSent(page))
      .toContainEqual({ event: "command", func: "seekTo", args: [SECOND_DRILL.seconds, true] });
  });
});
