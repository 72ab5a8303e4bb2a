import { ARTICLE, ARTICLE_PATH, SEED_LINES, exactly, expect, openPage, squash, test } from "./support";

test.describe("the article page", () => {
  test("has the author's title and every line of their text and summary", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE.title);
    const text = squash(await page.locator("main").innerText());
    for (const line of SEED_LINES) expect(text).toContain(squash(line));
    expect(text).not.toContain("in hurray");
    expect(text).not.toContain("If your have");
  });

  test("places the video where the text introduces it, with the drills under it and the summary after", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    const order = await page.evaluate(() => {
      const intro = [...document.querySelectorAll("main p")].find((p) => p.textContent.trim() === "Check out the video below.");
      const player = document.querySelector("lite-youtube");
      const drills = document.querySelector('nav[aria-labelledby="drills-heading"]');
      const summary = [...document.querySelectorAll("h2")].find((h) => h.textContent === "Video Summary");
      const follows = (a: Node | null | undefined, b: Node | null | undefined) =>
        !!a && !!b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return {
        introThenPlayer: follows(intro, player),
        playerThenDrills: follows(player, drills),
        drillsThenSummary: follows(drills, summary),
      };
    });
    expect(order).toEqual({ introThenPlayer: true, playerThenDrills: true, drillsThenSummary: true });
  });

  test("lists both drills with their times under the video", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    const drills = page.getByRole("navigation", { name: "Jump to a drill" }).getByRole("link");
    await expect(drills).toHaveText(
      ARTICLE.drills.map((drill) => new RegExp(`${drill.at}\\s*${exactly(drill.title).source.slice(1, -1)}`)),
    );
  });

  test("shows the byline with author, date and video length", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await expect(page.locator("main header").getByText("8 min video")).toBeVisible();
    await expect(page.locator("main header time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  });

  test("is one document in English with landmarks, one h1 and a skip link that works", async ({ page }) => {
    await openPage(page, ARTICLE_PATH);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toContainText("not medical advice");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });

  for (const width of [320, 390, 1280]) {
    test(`fits a ${width} px wide screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openPage(page, ARTICLE_PATH);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  }

  test("keeps the player's 16:9 box before its script arrives, so nothing shifts", async ({ page }) => {
    await page.route("**/_astro/*.js", () => undefined); // never answers
    await page.goto(ARTICLE_PATH, { waitUntil: "domcontentloaded" });
    const box = await page.locator("lite-youtube").boundingBox();
    expect(box).not.toBeNull();
    expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(16 / 9, 1);
  });

  test("gives search engines the poster as a first-party 1280x720 PNG", async ({ page, request }) => {
    await openPage(page, ARTICLE_PATH);
    type Node = Record<string, unknown>;
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
      "@graph"?: Node[];
    };
    const video = (data["@graph"] ?? [data as Node]).find((node) => node["@type"] === "VideoObject");
    const [thumbnail] = (video?.["thumbnailUrl"] ?? []) as string[];
    const src = new URL(thumbnail ?? "").pathname;
    expect(src).toMatch(/^\/posters\//);
    const response = await request.get(src);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 720]);
  });
});

test.describe("the home page", () => {
  test("lists the article with its title, description and date, linking to it", async ({ page }) => {
    await openPage(page, "/");
    const card = page.getByRole("listitem").filter({ hasText: ARTICLE.title });
    await expect(card.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(card).toContainText("Why forcing");
    await card.getByRole("link", { name: ARTICLE.title }).click();
    await expect(page).toHaveURL(ARTICLE_PATH);
  });
});

test.describe("a missing page", () => {
  test("answers 404 with a way home", async ({ page, watch }) => {
    watch.expect(/status of 404/);
    const response = await openPage(page, "/no-such-article/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page).toHaveURL("/");
  });
});
