import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"],
    // The build tests run the whole Astro build.
    testTimeout: 60_000,
  },
});
