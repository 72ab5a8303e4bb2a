import { defineConfig } from "vitest/config";
import { BUILDS } from "./tests/builds.ts";

export default defineConfig({
  test: {
    // The build tests run the whole Astro build; tests/dist reads the builds `npm test` makes first.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"] } },
      // The checks over the built site run once per build: at the root of its host and under a folder.
      ...Object.entries(BUILDS).map(([key, build]) => ({
        extends: true,
        test: { name: `dist ${build.name}`, include: ["tests/dist/**/*.test.ts"], env: { SITE_BUILD: key } },
      })),
    ],
  },
});
