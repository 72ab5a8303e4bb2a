import { defineConfig, devices } from "@playwright/test";
import { BUILDS, type SiteBuild } from "./tests/builds.ts";
import { CHROMIUM_FLAGS, systemChromium } from "./tools/chromium.ts";
import type { JourneyOptions } from "./tests/e2e/engines/fixtures.ts";
import type { SiteOptions } from "./tests/e2e/support.ts";

// The port `npm start` serves on (PORT overrides it). A server already started there by
// `npm start` is reused (it serves the dist/ that `npm test` just built).
const PORT = Number(process.env["PORT"] ?? 4321);
// The build served under a folder (dist-sub/ at /sub/) has a server of its own, 20 ports up
// unless SUB_PORT says otherwise: each PORT gets its own pair.
const SUB_PORT = Number(process.env["SUB_PORT"] ?? PORT + 20);
const SUB = BUILDS.sub;
/** The fixture library (many articles, under a folder) has a server 60 ports up unless LIBRARY_PORT says otherwise. */
const LIBRARY_PORT = Number(process.env["LIBRARY_PORT"] ?? PORT + 60);
const LIBRARY = BUILDS.library;
/** The browser journey through the site under a folder; the other specs cover the root build. */
const UNDER_A_FOLDER = /under-a-folder\.spec\.ts$/;
/**
 * The journeys a reader takes, written once against one interface and run in every engine:
 * Chromium runs them with the rest of its suite; Firefox ESR and WebKitGTK run only these,
 * each through its own WebDriver client (tests/e2e/engines/).
 */
const JOURNEYS = /reader-journeys\.spec\.ts$/;
/** The reader's way through the library: pages of articles, topics, drills and search. */
const IN_THE_LIBRARY = /library\.spec\.ts$/;

/**
 * `astro preview` of a build, as it deploys (`npm test` builds both first). Astro keeps one
 * preview server per project in its lock file; the second one runs alongside (`--ignore-lock`).
 */
const preview = (port: number, build: SiteBuild, flags = "") => ({
  command: `npx astro preview --port ${port} --host 127.0.0.1 --base ${build.base} --outDir ${build.dir}${flags}`,
  url: `http://127.0.0.1:${port}${build.base}`,
  reuseExistingServer: !process.env["CI"],
  timeout: 60_000,
});

const executablePath = systemChromium();

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_FLAGS,
  },
};

export default defineConfig<SiteOptions & JourneyOptions>({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env["CI"],
  retries: process.env["CI"] ? 1 : 0,
  workers: 2,
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", use: chromium, testIgnore: [UNDER_A_FOLDER, IN_THE_LIBRARY] },
    {
      name: `chromium ${SUB.name}`,
      use: { ...chromium, baseURL: `http://127.0.0.1:${SUB_PORT}${SUB.base}`, siteBuild: SUB },
      testMatch: UNDER_A_FOLDER,
    },
    { name: "firefox", use: { engine: "firefox" }, testMatch: JOURNEYS },
    { name: "webkit", use: { engine: "webkit" }, testMatch: JOURNEYS },
    {
      name: `chromium ${LIBRARY.name}`,
      use: { ...chromium, baseURL: `http://127.0.0.1:${LIBRARY_PORT}${LIBRARY.base}`, siteBuild: LIBRARY },
      testMatch: IN_THE_LIBRARY,
    },
  ],
  webServer: [
    preview(PORT, BUILDS.root),
    preview(SUB_PORT, SUB, " --ignore-lock"),
    preview(LIBRARY_PORT, LIBRARY, " --ignore-lock"),
  ],
});
