// What an owner sees when building: the address the build is for, and a failed build that leaves
// the last good site alone. Built in a project copy of its own (its own Astro cache and dist/).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_SITE } from "../builds";
import { copyProject, ROOT, type ProjectCopy } from "../../tools/project-copy";
import { ARTICLE as FIRST_ARTICLE } from "../site-facts";

const ARTICLE = `${FIRST_ARTICLE.slug}.mdx`;
/** Variables through which a host names the site's address: none may leak in from this machine. */
const ADDRESS_VARIABLES = ["SITE_URL", "NETLIFY", "URL", "VERCEL", "VERCEL_PROJECT_PRODUCTION_URL", "ARTICLES_DIR"];

let copy: ProjectCopy;

beforeAll(() => {
  copy = copyProject("site-build-");
  copyFileSync(join(ROOT, "content/articles", ARTICLE), join(copy.articlesDir, ARTICLE));
});

afterAll(() => {
  copy.remove();
});

/** `astro build` in the copy with `args` and `env`, and no host address of this machine's; what it printed. */
function astroBuild(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !ADDRESS_VARIABLES.includes(name)));
  const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", ...args], {
    cwd: copy.root,
    env: { ...clean, ...env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file of the copy's dist/ with its bytes. */
function snapshot(): Map<string, Buffer> {
  const files = readdirSync(copy.distDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((file) => [join(file.parentPath, file.name), readFileSync(join(file.parentPath, file.name))]));
}

const homePage = () => readFileSync(join(copy.distDir, "index.html"), "utf8");
/** What a build in progress (or one that stopped) would leave beside dist/. */
const leftovers = () => readdirSync(copy.root).filter((name) => name.includes("building"));

describe("a build with no site address", () => {
  it("stops before building anything, saying how to set the address on each host", () => {
    const { status, output } = astroBuild([]);
    expect(status).toBe(1);
    expect(output).toContain("The site's public address is not set, so nothing was built");
    expect(output).toContain("SITE_URL=https://www.your-site.org npm run build");
    expect(output).toMatch(/GitHub Pages: .*SITE_URL/);
    expect(output).toMatch(/Cloudflare Pages: .*SITE_URL/);
    expect(output).toContain("Netlify and Vercel: nothing to do");
    expect(output).not.toContain("Stack trace");
    expect(existsSync(copy.distDir)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it("builds for the address Netlify gives", () => {
    const { status, output } = astroBuild([], { NETLIFY: "true", URL: "https://calm-back.netlify.app" });
    expect(status, output).toBe(0);
    expect(output).toContain("The site's address: https://calm-back.netlify.app (from Netlify (URL))");
    expect(homePage()).toContain('<link rel="canonical" href="https://calm-back.netlify.app/"');
    // The sitemap and the feed, written by integrations of their own, name it too.
    expect(readFileSync(join(copy.distDir, "sitemap-0.xml"), "utf8")).toContain("<loc>https://calm-back.netlify.app/</loc>");
    expect(readFileSync(join(copy.distDir, "rss.xml"), "utf8")).toContain("<link>https://calm-back.netlify.app/</link>");
  });
});

describe("a failed build", () => {
  it("leaves the last good site byte for byte, and nothing beside it", () => {
    // As npm start builds: for the local server, saying so.
    const good = astroBuild(["--site", "http://localhost:4321"]);
    expect(good.status, good.output).toBe(0);
    expect(good.output).toContain(
      "Building for http://localhost:4321: links, cards and QR codes will point at this computer, not the web.",
    );
    const before = snapshot();
    expect(homePage()).toContain('<link rel="canonical" href="http://localhost:4321/"');

    // A Timestamp past the end of the video stops the build while it writes the pages, after its
    // first files are out: without the swap, dist/ would be left half-written.
    const broken = join(copy.articlesDir, "late-timestamp.mdx");
    copyFileSync(join(ROOT, "tests/fixtures/timestamp-past-the-end/late-timestamp.mdx"), broken);
    const failed = astroBuild(["--site", TEST_SITE]);
    rmSync(broken);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain("late-timestamp.mdx");
    expect(snapshot()).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it("is replaced by the next build that succeeds", () => {
    const rebuilt = astroBuild(["--site", TEST_SITE]);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(homePage()).toContain(`<link rel="canonical" href="${TEST_SITE}/"`);
    expect(existsSync(join(copy.distDir, "_headers"))).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
