/**
 * The builds the tests check, each as it deploys: one served from the root of its host, and
 * one served under a folder (Astro's `base`), as on a GitHub Pages project site; and the fixture
 * library of many articles, under a folder too. `npm test` makes all three (`npm run build:test`,
 * `npm run build:sub` and `npm run build:library`, which must agree with this table).
 */
export { TEST_SITE } from "../tools/test-site.ts";

export interface SiteBuild {
  /** How test names refer to it. */
  name: string;
  /** Its folder in the repository. */
  dir: string;
  /** The folder of the host it is served from. */
  base: string;
  /** The command that makes it. */
  command: string;
}

export const BUILDS = {
  root: { name: "at the root", dir: "dist", base: "/", command: "npm run build:test" },
  sub: { name: "under /sub/", dir: "dist-sub", base: "/sub/", command: "npm run build:sub" },
  /** The library of fixture articles (tests/fixtures/library): topics, pages of articles, drills, search. */
  library: { name: "of the library", dir: "dist-library", base: "/sub/", command: "npm run build:library" },
} as const satisfies Record<string, SiteBuild>;

export type BuildKey = keyof typeof BUILDS;

/** The build named by `key` (SITE_BUILD in the test configs): `root` when none is given. */
export function siteBuild(key: string | undefined): SiteBuild {
  if (key === undefined) return BUILDS.root;
  if (!Object.hasOwn(BUILDS, key)) {
    throw new Error(`SITE_BUILD=${JSON.stringify(key)} names no build; one of: ${Object.keys(BUILDS).join(", ")}`);
  }
  return BUILDS[key as BuildKey];
}
