import { defineConfig } from "vitest/config";
import { BUILDS } from "./tests/builds.ts";

/** The checks over a build that hold whatever its articles: links, valid HTML, policies, headers, the library's pages. */
const LIBRARY_CHECKS = ["links", "html-validate", "csp", "headers", "library"].map((name) => `tests/dist/${name}.test.ts`);

export default defineConfig({
  test: {
    // The build tests run the whole Astro build; tests/dist reads the builds `npm test` makes first.
    testTimeout: 60_000,
    projects: [
      // Plain TypeScript, no build: `npm run test:unit`.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Whole builds of content of their own, each in a copy of the project: `npm run test:build`.
      { extends: true, test: { name: "build", include: ["tests/build/**/*.test.ts"] } },
      // The checks over the built site run once per build: at the root of its host, under a folder
      // and the library (`npm run test:dist`, once the builds exist).
      ...Object.entries(BUILDS).map(([key, build]) => ({
        extends: true,
        test: {
          name: `dist ${build.name}`,
          // The library's articles are fixtures: it gets the checks that hold for any content.
          include: key === "library" ? LIBRARY_CHECKS : ["tests/dist/**/*.test.ts"],
          env: { SITE_BUILD: key },
        },
      })),
    ],
  },
});
