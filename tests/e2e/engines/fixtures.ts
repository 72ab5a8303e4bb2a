import { test as base } from "@playwright/test";
import { BUILDS } from "../../builds";
import { readHeadersFile } from "../../dist/headers-file";
import { startChromium } from "./chromium-engine";
import { startFirefox } from "./firefox-engine";
import type { Engine, EngineName, Reader } from "./reader";
import { StandInServer } from "./stand-in-server";
import { startWebKit } from "./webkit-engine";

/**
 * The reader journeys run as Playwright projects, one per engine (playwright.config.ts), so the
 * three share Playwright's runner, reporter, retries and the servers of the builds it starts.
 * A journey gets a `reader`: the engine's browser behind one interface (engines/reader.ts).
 * Chromium is driven by Playwright itself, the other two by their own WebDriver clients, which
 * cannot intercept requests: so for all three the YouTube stand-in, the host's headers and the
 * Content Security Policy reports come from one server per worker (engines/stand-in-server.ts).
 */
export interface JourneyOptions {
  /** The engine the project runs the journeys in. */
  engine: EngineName;
}

interface WorkerFixtures {
  standInServer: StandInServer;
  browserEngine: Engine;
}

/**
 * The site's server (playwright.config.ts), and from it the ports each worker uses, above the
 * builds' two: the stand-in at PORT+30, WebKitWebDriver at PORT+40, one up for each worker.
 */
const PORT = Number(process.env["PORT"] ?? 4321);
const STAND_IN_PORT = PORT + 30;
const WEBKIT_DRIVER_PORT = PORT + 40;

export const test = base.extend<{ reader: Reader; standIn: StandInServer }, JourneyOptions & WorkerFixtures>({
  engine: ["chromium", { option: true, scope: "worker" }],
  standInServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none
    async ({}, use, workerInfo) => {
      const server = await StandInServer.start({
        port: STAND_IN_PORT + workerInfo.parallelIndex,
        site: `http://127.0.0.1:${PORT}`,
        headers: readHeadersFile(new URL(`../../../${BUILDS.root.dir}/_headers`, import.meta.url)),
      });
      await use(server);
      await server.stop();
    },
    { scope: "worker" },
  ],
  browserEngine: [
    async ({ engine, standInServer }, use, workerInfo) => {
      const started =
        engine === "chromium"
          ? await startChromium()
          : engine === "firefox"
            ? await startFirefox(standInServer.proxy)
            : await startWebKit(WEBKIT_DRIVER_PORT + workerInfo.parallelIndex, standInServer.proxy);
      await use(started);
      await started.close();
    },
    { scope: "worker", timeout: 60_000 },
  ],
  standIn: async ({ standInServer }, use) => {
    standInServer.reset();
    await use(standInServer);
  },
  // Each journey ends with no console error, uncaught error or policy violation in its page.
  reader: async ({ browserEngine, standIn, javaScriptEnabled }, use) => {
    const reader = await browserEngine.newReader({
      baseURL: standIn.origin,
      proxy: standIn.proxy,
      javaScriptEnabled,
    });
    try {
      await use(reader);
      const problems = [...(await reader.problems()), ...standIn.cspViolations].filter(
        (problem) => !standIn.expected.some((pattern) => pattern.test(problem)),
      );
      base.expect(problems, "console errors, uncaught errors or CSP violations").toEqual([]);
    } finally {
      await reader.close();
    }
  },
});

export { expect } from "@playwright/test";
