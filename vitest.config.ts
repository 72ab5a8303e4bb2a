import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts", "tests/dist/**/*.test.ts"],
    // The build tests run the whole Astro build; tests/dist reads the dist/ that `npm test` builds first.
    testTimeout: 60_000,
  },
});
