// What an owner sees when building: the address the build is for, and a failed build that leaves
// the last good site alone.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_SITE } from "../builds";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tempDirs: string[] = [];

/** Variables through which a host names the site's address: none of them may leak in from this machine. */
const ADDRESS_VARIABLES = ["SITE_URL", "NETLIFY", "URL", "VERCEL", "VERCEL_PROJECT_PRODUCTION_URL"];

/** Runs `astro build` with `args` and `env` (and no host address of this machine's); what it printed. */
function astroBuild(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !ADDRESS_VARIABLES.includes(name)));
  const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", ...args], {
    cwd: root,
    env: { ...clean, ...env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** An output folder of its own, in a folder of its own so that its neighbours can be checked. */
function outDir() {
  const parent = mkdtempSync(join(tmpdir(), "site-out-"));
  tempDirs.push(parent);
  return join(parent, "dist");
}

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((file) => [join(file.parentPath, file.name).slice(dir.length), readFileSync(join(file.parentPath, file.name))]),
  );
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("a build with no site address", () => {
  it("stops before building anything, saying how to set the address on each host", () => {
    const out = outDir();
    const { status, output } = astroBuild(["--outDir", out]);
    expect(status).toBe(1);
    expect(output).toContain("The site's public address is not set, so nothing was built");
    expect(output).toContain("SITE_URL=https://www.your-site.org npm run build");
    expect(output).toMatch(/GitHub Pages: .*SITE_URL/);
    expect(output).toMatch(/Cloudflare Pages: .*SITE_URL/);
    expect(output).toContain("Netlify and Vercel: nothing to do");
    expect(output).not.toContain("Stack trace");
    expect(readdirSync(dirname(out))).toEqual([]);
  });

  it("builds for the address Netlify gives", () => {
    const out = outDir();
    const { status, output } = astroBuild(["--outDir", out], { NETLIFY: "true", URL: "https://calm-back.netlify.app" });
    expect(status, output).toBe(0);
    expect(output).toContain("The site's address: https://calm-back.netlify.app (from Netlify (URL))");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain(
      '<link rel="canonical" href="https://calm-back.netlify.app/"',
    );
  });
});

describe("a failed build", () => {
  it("leaves the last good site byte for byte, and nothing beside it", () => {
    const out = outDir();
    // As npm start builds: for the local server, saying so.
    const good = astroBuild(["--site", "http://localhost:4321", "--outDir", out]);
    expect(good.status, good.output).toBe(0);
    expect(good.output).toContain(
      "Built for http://localhost:4321: links, cards and QR codes point at this computer, not the web.",
    );
    const before = snapshot(out);
    expect(before.has("/index.html")).toBe(true);

    // A Timestamp past the end of the video stops the build while it writes the pages, after the
    // first files are out: without the swap, the folder would be left half-written.
    const failed = astroBuild(["--site", TEST_SITE, "--outDir", out], {
      ARTICLES_DIR: "./tests/fixtures/timestamp-past-the-end",
    });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain("tests/fixtures/timestamp-past-the-end/late-timestamp.mdx");
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out))).toEqual([basename(out)]);
  });

  it("is replaced by the next build that succeeds", () => {
    const out = outDir();
    writeFileSync(join(dirname(out), "unrelated.txt"), "left alone");
    expect(astroBuild(["--site", "http://localhost:4321", "--outDir", out]).status).toBe(0);
    const rebuilt = astroBuild(["--site", TEST_SITE, "--outDir", out]);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain(`<link rel="canonical" href="${TEST_SITE}/"`);
    expect(readdirSync(dirname(out)).sort()).toEqual([basename(out), "unrelated.txt"]);
    expect(existsSync(join(out, "_headers"))).toBe(true);
  });
});
