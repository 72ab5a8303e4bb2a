import { describe, expect, it } from "vitest";
import { buildScriptEnvironment } from "../../tools/project-copy";

describe("a copy of the project is built as npm run build builds the site", () => {
  it("with no environment of its own when the script is astro build alone", () => {
    expect(buildScriptEnvironment("astro build")).toEqual({});
  });

  it("with every variable the script sets through cross-env", () => {
    expect(buildScriptEnvironment("cross-env MIMALLOC_PURGE_DELAY=0 SOME_FLAG=a=b astro build")).toEqual({
      MIMALLOC_PURGE_DELAY: "0",
      SOME_FLAG: "a=b",
    });
  });

  it("or not at all, saying why, when the script does something else too", () => {
    expect(() => buildScriptEnvironment("astro build && node post-build.js")).toThrow(/astro build && node post-build\.js/);
    expect(() => buildScriptEnvironment("cross-env astro build")).toThrow(/build script/);
  });
});
