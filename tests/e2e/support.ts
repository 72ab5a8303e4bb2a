import { readFileSync, readdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Frame, type Page, type Response } from "@playwright/test";
import { BUILDS, TEST_SITE, type SiteBuild } from "../builds";
import { headersFor, readHeadersFile, type HeadersRule } from "../dist/headers-file";
import { ARTICLE, type DrillFacts } from "../site-facts";
import { YOUTUBE, youtubeStandIn } from "./youtube-stand-in";

export { expect };

export { ARTICLE, FIRST_DRILL, SECOND_DRILL, clockOf, exactly, startingWith, type DrillFacts } from "../site-facts";

/** The first article's page (tests/site-facts.ts reads it from content/). */
export const ARTICLE_PATH = ARTICLE.path;

/** Shared links name the site's public address: the test address the builds are made for. */
export const SITE = TEST_SITE;

const DIST = new URL("../../dist/", import.meta.url);

/**
 * Every page of the built site (each *.html in dist/), as the address it is served at, and
 * whether it has a video player. New pages are covered as soon as the build makes them.
 */
export const builtPages: { path: string; hasPlayer: boolean }[] = readdirSync(DIST, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html"))
  .sort()
  .map((file) => ({
    path: `/${file.replace(/(^|\/)index\.html$/, "$1")}`,
    hasPlayer: readFileSync(new URL(file, DIST), "utf8").includes("<lite-youtube"),
  }));
if (builtPages.length === 0) throw new Error("No pages in dist/: build the site first (npx astro build)");

/** The author's text from the seed file, with the two typos the article corrects. */
const seed = readFileSync(new URL("../fixtures/seed/article.txt", import.meta.url), "utf8")
  .replace("for those in hurray", "for those in a hurry")
  .replace("If your have", "If you have");

/**
 * Each line of the author's text and summary, as the page shows them (its first line, the
 * title, is left to the article's frontmatter: ARTICLE.title).
 */
export const SEED_LINES = seed
  .split("\n")
  .map((line) => line.replace(/^\s*•\s*/, "").trim())
  .filter(Boolean)
  .slice(1);

/** Text with its white space collapsed, to compare what the page shows with the seed. */
export const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The video id the article's frontmatter gives; read from the content, as the page is. */
export const VIDEO_ID = ARTICLE.videoId;

/** `https://www.youtube.com/watch?v=ID`, with `&t=Ns` when a second is given: where links to the video go. */
export function watchUrl(seconds?: number): string {
  return `https://www.youtube.com/watch?v=${VIDEO_ID}${seconds === undefined ? "" : `&t=${seconds}s`}`;
}

export interface PageWatch {
  /** Every request the page made to an origin other than the site's. */
  foreignRequests: string[];
  /** Console errors, uncaught exceptions and Content Security Policy violations. */
  problems: string[];
  /** Marks console errors matching `pattern` as what the test expects (a 404 page logs its status). */
  expect(pattern: RegExp): void;
}

export interface PlayerCommand {
  event: string;
  func: string;
  args: unknown[];
}

/** The headers each build wrote for hosts (`_headers`), read once per build. */
const deployHeaderRules = new Map<string, HeadersRule[]>();
function deployHeadersOf(build: SiteBuild): HeadersRule[] {
  let rules = deployHeaderRules.get(build.dir);
  if (!rules) {
    rules = readHeadersFile(new URL(`../../${build.dir}/_headers`, import.meta.url));
    deployHeaderRules.set(build.dir, rules);
  }
  return rules;
}

/**
 * Waits until the page's scripts, which start only once the page has painted, have run:
 * every custom element on it (player, share controls) is then upgraded. Right after the load
 * event they may not even be requested yet.
 */
export async function scriptsRan(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('template[data-after="paint"]') && !document.querySelector(":not(:defined)"),
  );
}

/**
 * Opens `path` and waits until the page is ready for a reader, scripts included: the test then
 * acts on it as a reader would. Tests that look at the page before then (the first paint) call
 * `page.goto` with the moment they want; without JavaScript a page is ready once loaded, so those
 * tests call `page.goto` too.
 */
export async function openPage(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(path);
  await scriptsRan(page);
  return response;
}

export interface SiteOptions {
  /** The build the project's server serves (playwright.config.ts): the root one unless it says otherwise. */
  siteBuild: SiteBuild;
}

export const test = base.extend<SiteOptions & { deployHeaders: undefined; watch: PageWatch }>({
  siteBuild: [BUILDS.root, { option: true }],
  // Every response from the site carries the headers its host would add, so the pages run
  // under the header Content Security Policy and Permissions-Policy as well as their own.
  deployHeaders: [
    async ({ context, baseURL, siteBuild }, use) => {
      // `astro preview` does not send them.
      const rules = deployHeadersOf(siteBuild);
      await context.route(`${new URL(baseURL as string).origin}/**`, async (route) => {
        const response = await route.fetch();
        const added = headersFor(rules, new URL(route.request().url()).pathname);
        await route.fulfill({ response, headers: { ...response.headers(), ...Object.fromEntries(added) } });
      });
      await use(undefined);
      await context.unrouteAll({ behavior: "ignoreErrors" }); // requests still in flight when the test ends
    },
    { auto: true },
  ],
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL as string).origin;
      const expected: RegExp[] = [];
      const watch: PageWatch = { foreignRequests: [], problems: [], expect: (pattern) => expected.push(pattern) };
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith("data:")) watch.foreignRequests.push(url);
      });
      page.on("console", (message) => {
        const { url } = message.location();
        if (message.type() === "error") watch.problems.push(`console: ${message.text()}${url ? ` (${url})` : ""}`);
      });
      page.on("pageerror", (error) => watch.problems.push(`uncaught: ${error.message}`));
      await page.exposeFunction("__reportViolation", (text: string) => watch.problems.push(`CSP: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          (window as unknown as { __reportViolation(text: string): void }).__reportViolation(
            `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`,
          );
        });
      });
      await page.context().route(YOUTUBE, (route) => route.fulfill(youtubeStandIn(new URL(route.request().url()))));
      await use(watch);
      const unexpected = watch.problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
      expect(unexpected, "console errors, uncaught errors or CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

/** The link to the drill at `time` ("4:20") in the list under the video. */
export function drill(page: Page, time: string) {
  return page.getByRole("navigation", { name: "Jump to a drill" }).getByRole("link", { name: new RegExp(`^${time}`) });
}

/** The play control on the poster (a link before JavaScript, a button after). */
export function playButton(page: Page) {
  return page.locator("lite-youtube .lyt-playbtn");
}

/** The player's iframe once the page has added it. */
export function playerFrame(page: Page) {
  return page.locator("lite-youtube iframe");
}

/** The reader presses Play on a poster primed at `seconds`: the player starts there, playing at once. */
export async function pressPlayPrimedAt(page: Page, seconds: number): Promise<void> {
  await playButton(page).click();
  const url = await playerUrl(page);
  expect(url.searchParams.get("start")).toBe(String(seconds));
  expect(url.searchParams.get("autoplay")).toBe("1");
}

/** The address the player's iframe loads, parsed. */
export async function playerUrl(page: Page): Promise<URL> {
  const src = await playerFrame(page).getAttribute("src");
  return new URL(src as string);
}

/**
 * The address of a player the reader has started, checked to be the privacy-enhanced embed
 * of the article's video, playing at once with the JS API on (so later drills can seek).
 */
export async function startedPlayerUrl(page: Page): Promise<URL> {
  const url = await playerUrl(page);
  expect(url.origin).toBe("https://www.youtube-nocookie.com");
  expect(url.pathname).toBe(`/embed/${VIDEO_ID}`);
  expect(url.searchParams.get("autoplay")).toBe("1");
  expect(url.searchParams.get("enablejsapi")).toBe("1");
  return url;
}

/** The embedded player's frame (the stand-in), once the page has added it. */
export function stubFrame(page: Page): Frame | undefined {
  return page.frames().find((frame) => frame.url().includes("/embed/"));
}

/** Every message the page has posted to the embedded player so far. */
export async function messagesSent(page: Page): Promise<Record<string, unknown>[]> {
  const frame = stubFrame(page);
  if (!frame) return [];
  const received = await frame.evaluate(() => (window as unknown as { received: string[] }).received);
  return received.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** The player commands (seekTo, playVideo…) the page has posted so far. */
export async function commandsSent(page: Page): Promise<PlayerCommand[]> {
  return (await messagesSent(page))
    .filter((message) => message["event"] === "command")
    .map(({ event, func, args }) => ({ event, func, args }) as PlayerCommand);
}

/**
 * The reader taps `next` in the drill list while the player is running: the page sends that
 * player to the drill's second and plays on, with no second player added.
 */
export async function tapDrillWhilePlaying(page: Page, next: DrillFacts): Promise<void> {
  await drill(page, next.at).click();
  await expect
    .poll(() => commandsSent(page))
    .toEqual([
      { event: "command", func: "seekTo", args: [next.seconds, true] },
      { event: "command", func: "playVideo", args: [] },
    ]);
  await expect(playerFrame(page)).toHaveCount(1);
}

/**
 * Plays YouTube's part: the embedded player reports its position to the page, and with
 * `ended` that the video has reached its end (player state 0).
 */
export async function playerReports(page: Page, currentTime: number, { ended = false } = {}): Promise<void> {
  await expect.poll(() => stubFrame(page), { message: "No player to report from: start the video first" }).toBeTruthy();
  await stubFrame(page)?.evaluate(
    ([time, state]) => {
      parent.postMessage(
        JSON.stringify({ event: "infoDelivery", info: { currentTime: time, playerState: state }, channel: "widget" }),
        "*",
      );
    },
    [currentTime, ended ? 0 : 1] as const,
  );
}

/** Replaces the Web Share API with a recorder, or removes it (as on most desktops). */
export async function webShare(page: Page, behaviour: "records" | "is cancelled" | "is absent") {
  await page.addInitScript((mode) => {
    const calls: ShareData[] = [];
    Object.assign(window, { sharedData: calls });
    const share =
      mode === "is absent"
        ? undefined
        : (data: ShareData) => {
            calls.push(data);
            return mode === "is cancelled" ? Promise.reject(new DOMException("Share canceled", "AbortError")) : Promise.resolve();
          };
    Object.defineProperty(Navigator.prototype, "share", { value: share, configurable: true });
    Object.defineProperty(Navigator.prototype, "canShare", { value: share && (() => true), configurable: true });
  }, behaviour);
}

/** What the page has handed to the recording Web Share API so far. */
export const sharedData = (page: Page) => page.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData);

/** Links to other origins that would open connections early (preconnect, prefetch, preload). */
export async function earlyConnections(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLLinkElement>(
        'link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="preload"], link[rel~="prefetch"]',
      ),
    ]
      .map((link) => link.href)
      .filter((href) => new URL(href).origin !== location.origin),
  );
}

/**
 * Makes YouTube unreachable for the page: every request to it fails ("blocked") or is answered
 * with a server error ("failing"). The browser logs each failed load as a console error, which
 * the watch then expects; uncaught errors still fail the test.
 */
export async function breakYoutube(page: Page, watch: PageWatch, how: "blocked" | "failing"): Promise<void> {
  // Routes on the page are tried before the watch's routes on the context.
  await page.route(YOUTUBE, (route) =>
    how === "blocked"
      ? route.abort()
      : route.fulfill({ status: 500, contentType: "text/html", body: "<!doctype html><title>Server error</title>" }),
  );
  watch.expect(/^console: Failed to load resource: .* \(https:\/\/www\.youtube(-nocookie)?\.com\//);
}

/** What axe finds against WCAG 2.2 A and AA on the page as it is now, one line per problem. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    // The player frame is YouTube's page (a stand-in here), not the site's; the iframe
    // element itself is still checked (its title).
    .exclude(["lite-youtube iframe", "html"])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}: ${node.failureSummary ?? violation.help}`),
  );
}
