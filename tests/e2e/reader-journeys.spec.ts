import { writeFileSync } from "node:fs";
import { expect, test } from "./engines/fixtures";
import type { Reader } from "./engines/reader";
import { readPrintedPdf } from "./printed-pdf";
import { ARTICLE, ARTICLE_PATH, FIRST_DRILL, SECOND_DRILL, SITE, VIDEO_ID, watchUrl } from "./support";

/**
 * The journeys a reader takes, written once and run in each engine (the chromium, firefox and
 * webkit projects of playwright.config.ts; engines/fixtures.ts gives each its `reader`). They
 * wait for what the reader would see, never for a fixed time.
 */

// A WebDriver session takes seconds to open on a busy machine, before the journey starts.
test.describe.configure({ timeout: 60_000 });

const DRILLS = ARTICLE.drills;

/** The drill list's link to the drill at `seconds`. */
const drillLink = (seconds: number) => `drill-list a[data-seek="${seconds}"]`;
const PLAY = "lite-youtube .lyt-playbtn";

/**
 * Until the page's scripts have started, its repeat toggles stay hidden: they show once the
 * player's script has taken them up. A reader sees them appear, or never does.
 */
async function scriptsStarted(reader: Reader): Promise<void> {
  await expect
    .poll(
      () =>
        reader.evaluate(
          () =>
            [...document.querySelectorAll("button.repeat")].filter(
              (toggle) => toggle.getClientRects().length > 0 && getComputedStyle(toggle).visibility === "visible",
            ).length,
          undefined,
        ),
      { message: "The page's scripts never started: its repeat toggles never showed", timeout: 15_000 },
    )
    .toBe(2);
}

/** How far down the page the reader is. */
const scrolled = (reader: Reader) => reader.evaluate(() => scrollY, undefined);

/** The address the player's iframe loads, once the page has added it. */
async function playerUrl(reader: Reader): Promise<URL> {
  const src = () => reader.evaluate(() => document.querySelector("lite-youtube iframe")?.getAttribute("src") ?? null, undefined);
  await expect.poll(src, { message: "The player never started" }).not.toBeNull();
  // And the stand-in player in it has loaded, ready to be read from and to report.
  await expect
    .poll(() => reader.evaluateInPlayer(() => document.readyState, undefined).catch(() => "not there yet"), {
      message: "The player's frame never loaded",
    })
    .toBe("complete");
  return new URL((await src()) as string);
}

const playerCount = (reader: Reader) => reader.evaluate(() => document.querySelectorAll("lite-youtube iframe").length, undefined);

/** The player commands (seekTo, playVideo…) the page has posted to the stand-in player so far. */
async function commandsSent(reader: Reader): Promise<{ func: string; args: unknown[] }[]> {
  const received = await reader.evaluateInPlayer(() => (window as unknown as { received?: string[] }).received ?? [], undefined);
  return received
    .map((text) => JSON.parse(text) as { event: string; func: string; args: unknown[] })
    .filter((message) => message.event === "command")
    .map(({ func, args }) => ({ func, args }));
}

/** How many times the page has sent the player to `seconds`. */
const seeksTo = async (reader: Reader, seconds: number) =>
  (await commandsSent(reader)).filter((command) => command.func === "seekTo" && command.args[0] === seconds).length;

/** Plays YouTube's part: the stand-in player reports its position to the page. */
async function playerReports(reader: Reader, currentTime: number): Promise<void> {
  await reader.evaluateInPlayer((time) => {
    parent.postMessage(
      JSON.stringify({ event: "infoDelivery", info: { currentTime: time, playerState: 1 }, channel: "widget" }),
      "*",
    );
  }, currentTime);
}

/** The text of the first element matching `css`, or null. */
const textOf = (reader: Reader, css: string) =>
  reader.evaluate((selector) => document.querySelector(selector)?.textContent.trim() ?? null, css);

test("the article loads with its text, no error and no policy violation, and asks no other site for anything", async ({
  reader,
  standIn,
}) => {
  await reader.open(ARTICLE_PATH);
  expect(await textOf(reader, "h1")).toBe(ARTICLE.title);
  await scriptsStarted(reader);
  expect(standIn.foreignRequests).toEqual([]);
  // Console errors and policy violations are checked as every journey ends.
});

test("a policy violation in the page is caught, as every journey's last check relies on", async ({ reader, standIn }) => {
  await reader.open(ARTICLE_PATH);
  standIn.expect(/elsewhere\.invalid/);
  await reader.evaluate(() => {
    const image = document.createElement("img");
    image.src = "https://elsewhere.invalid/pixel.png"; // img-src allows the site and data: only
    document.body.append(image);
  }, undefined);
  await expect
    .poll(() => standIn.cspViolations, { message: "No report of the blocked image reached the stand-in server" })
    .toContainEqual(expect.stringMatching(/^CSP: img-src blocked https:\/\/elsewhere\.invalid/));
  expect(standIn.foreignRequests).toEqual([]);
});

test.describe("the scripts start", () => {
  const openings: [string, (reader: Reader) => Promise<void>, boolean][] = [
    ["on a drill's page, which opens at the player", (reader) => reader.open(FIRST_DRILL.path), true],
    ["at a ?t= address, which opens at the player", (reader) => reader.open(`${ARTICLE_PATH}?t=${SECOND_DRILL.seconds}`), true],
    ["at a #fragment address", (reader) => reader.open(`${ARTICLE_PATH}#video-summary`), true],
    [
      "on a reload after scrolling",
      async (reader) => {
        await reader.open(ARTICLE_PATH);
        await reader.evaluate(() => {
          scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: "instant" });
        }, undefined);
        await reader.reload();
      },
      true,
    ],
    ["on the article, opened at its top", (reader) => reader.open(ARTICLE_PATH), false],
  ];
  for (const [where, open, opensScrolled] of openings) {
    test(where, async ({ reader }) => {
      await open(reader);
      // The page opened where the address asks: the case this journey is about.
      if (opensScrolled) await expect.poll(() => scrolled(reader), { message: "The page never scrolled" }).toBeGreaterThan(0);
      else expect(await scrolled(reader)).toBe(0);
      await scriptsStarted(reader);
    });
  }
});

test("a drill link plays in the page at its second, and the next one seeks the same player", async ({ reader, standIn }) => {
  await reader.open(ARTICLE_PATH);
  await scriptsStarted(reader);
  await reader.click(drillLink(FIRST_DRILL.seconds));
  const started = await playerUrl(reader);
  expect(started.origin).toBe("https://www.youtube-nocookie.com");
  expect(started.pathname).toBe(`/embed/${VIDEO_ID}`);
  expect(started.searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
  expect(started.searchParams.get("autoplay")).toBe("1");
  expect((await reader.url()).href).toBe(`${standIn.origin}${ARTICLE_PATH}?t=${FIRST_DRILL.seconds}`);

  await reader.click(drillLink(SECOND_DRILL.seconds));
  await expect.poll(() => commandsSent(reader)).toContainEqual({ func: "seekTo", args: [SECOND_DRILL.seconds, true] });
  expect(await playerCount(reader)).toBe(1);
  expect(await playerUrl(reader)).toEqual(started);
  expect((await reader.url()).href).toBe(`${standIn.origin}${ARTICLE_PATH}?t=${SECOND_DRILL.seconds}`);
  expect(standIn.foreignRequests.every((url) => /^https:\/\/www\.youtube(-nocookie)?\.com\//.test(url))).toBe(true);
});

test("a shared ?t= address primes the player at that moment, and it plays from there", async ({ reader, standIn }) => {
  await reader.open(`${ARTICLE_PATH}?t=${SECOND_DRILL.at}`);
  await expect.poll(() => textOf(reader, "lite-youtube .play-label"), { timeout: 15_000 }).toBe(`Play from ${SECOND_DRILL.at}`);
  expect(await playerCount(reader)).toBe(0);
  expect(standIn.foreignRequests).toEqual([]);
  await reader.click(PLAY);
  const url = await playerUrl(reader);
  expect(url.searchParams.get("start")).toBe(String(SECOND_DRILL.seconds));
  expect(url.searchParams.get("autoplay")).toBe("1");
});

test("repeat loops a drill: at the end of its span the player goes back to its start", async ({ reader }) => {
  await reader.open(ARTICLE_PATH);
  await scriptsStarted(reader);
  const toggle = `button.repeat[aria-label="Repeat ${FIRST_DRILL.title}"]`;
  await reader.click(toggle);
  expect((await playerUrl(reader)).searchParams.get("start")).toBe(String(FIRST_DRILL.seconds));
  await expect
    .poll(() => textOf(reader, "drill-list [data-repeat-status]"))
    .toBe(`Repeating ${FIRST_DRILL.title}, ${FIRST_DRILL.span}`);
  expect(await reader.evaluate((css) => document.querySelector(css)?.getAttribute("aria-pressed"), toggle)).toBe("true");
  await playerReports(reader, (FIRST_DRILL.seconds + FIRST_DRILL.end) / 2);
  await playerReports(reader, FIRST_DRILL.end + 0.2);
  await expect.poll(() => seeksTo(reader, FIRST_DRILL.seconds)).toBe(1);
  await playerReports(reader, FIRST_DRILL.seconds + 1);
  await playerReports(reader, FIRST_DRILL.end + 0.4);
  await expect.poll(() => seeksTo(reader, FIRST_DRILL.seconds)).toBe(2);
  expect(await playerCount(reader)).toBe(1);
});

test("“Share from” shares the article at the moment being watched", async ({ reader }) => {
  await reader.open(ARTICLE_PATH);
  await scriptsStarted(reader);
  // The device's share sheet, recorded.
  await reader.evaluate(() => {
    const calls: ShareData[] = [];
    Object.assign(window, { sharedData: calls });
    const share = (data: ShareData) => {
      calls.push(data);
      return Promise.resolve();
    };
    Object.defineProperty(Navigator.prototype, "share", { value: share, configurable: true });
    Object.defineProperty(Navigator.prototype, "canShare", { value: () => true, configurable: true });
  }, undefined);
  const shareFrom = "share-button.moment-share:not([hidden]) button";
  expect(await textOf(reader, shareFrom)).toBeNull();
  await reader.click(PLAY);
  await playerUrl(reader);
  await playerReports(reader, 301.7);
  await expect.poll(() => textOf(reader, shareFrom)).toBe("Share from 5:01");
  await reader.click(shareFrom);
  await expect
    .poll(() => reader.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData, undefined))
    .toEqual([{ title: ARTICLE.title, url: `${SITE}${ARTICLE_PATH}?t=301` }]);
});

test("printed, the article's sheet carries a QR code for each drill that opens its page", async ({ reader }, testInfo) => {
  await reader.open(ARTICLE_PATH);
  const sheets = readPrintedPdf(await reader.print(), `article-${reader.engine}`, testInfo.outputDir);
  const codes = sheets.flatMap((sheet) => sheet.qrCodes).sort();
  expect(codes, "the QR codes on the printed sheet").toEqual(DRILLS.map((drill) => drill.sharedAddress).sort());
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [nth, drill] of [
    ["first", FIRST_DRILL],
    ["second", SECOND_DRILL],
  ] as const) {
    test(`the ${nth} drill's link goes to YouTube at its second`, async ({ reader, standIn }) => {
      await reader.open(ARTICLE_PATH);
      await reader.click(drillLink(drill.seconds));
      await expect.poll(async () => (await reader.url()).href).toBe(watchUrl(drill.seconds));
      // The address changes as the browser sets off; the request reaches YouTube's stand-in a moment later.
      await expect.poll(() => standIn.foreignRequests).toContain(watchUrl(drill.seconds));
    });
  }
});

test.describe("layout", () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    for (const [name, path] of [
      ["article", ARTICLE_PATH],
      ["drill page", SECOND_DRILL.path],
    ] as const) {
      test(`the ${name} fits a ${width} px wide screen without sideways scrolling`, async ({ reader }, testInfo) => {
        const { innerWidth, overflow, screenshot } = await reader.layout(path, width, height);
        expect(innerWidth).toBe(width);
        expect(overflow).toBe(0);
        writeFileSync(testInfo.outputPath(`${reader.engine}-${name.replace(" ", "-")}-${width}.png`), screenshot);
      });
    }
  }
});
