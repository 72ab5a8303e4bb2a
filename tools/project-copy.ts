// A throwaway copy of the project for builds that must not touch the real one: its own
// content/articles/, dist/ and Astro cache (node_modules/.astro), with the installed packages linked.
// Used by the benchmark's build measurement and the card cache's build test.
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TEST_SITE } from "./test-site.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** What a build needs from the project, besides its articles and packages. */
const PROJECT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json", "src"];
/** Copied when the project has them: files served as they are. */
const OPTIONAL_FILES = ["public"];

// Run by the copy's Node: builds it for the address it is given and prints the build's own peak
// memory (a build runs in one process).
const BUILD_SCRIPT = `import { build } from "astro";
await build({ root: process.cwd(), logLevel: "warn", site: process.argv[2] });
console.log("max-rss-kb " + process.resourceUsage().maxRSS);
`;

export interface ProjectCopy {
  root: string;
  articlesDir: string;
  /** Astro's cache in the copy, where drawn cards are kept between builds. */
  cacheDir: string;
  distDir: string;
  remove(): void;
}

/**
 * Copies the project into a new folder under the system's temporary folder. node_modules is a
 * folder of links to each installed package, not one link to the whole folder, so that the copy's
 * Astro cache (node_modules/.astro) is its own.
 */
export function copyProject(prefix = "site-copy-"): ProjectCopy {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const name of [...PROJECT_FILES, ...OPTIONAL_FILES.filter((name) => existsSync(path.join(ROOT, name)))]) {
    cpSync(path.join(ROOT, name), path.join(root, name), { recursive: true });
  }
  const modules = path.join(root, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, "node_modules"))) {
    if (entry === ".astro") continue;
    symlinkSync(path.join(ROOT, "node_modules", entry), path.join(modules, entry));
  }
  writeFileSync(path.join(root, "build-and-measure.mjs"), BUILD_SCRIPT);
  const articlesDir = path.join(root, "content", "articles");
  mkdirSync(articlesDir, { recursive: true });
  return {
    root,
    articlesDir,
    cacheDir: path.join(modules, ".astro"),
    distDir: path.join(root, "dist"),
    remove: () => {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface BuildResult {
  /** Wall time of the whole `astro build`, Node's start included. */
  ms: number;
  /** The build process's peak resident memory. */
  maxRssBytes: number;
  output: string;
}

/**
 * The environment a build script sets (`cross-env NAME=value … astro build`), so that a copy is
 * built, and measured, as `npm run build` builds the site.
 */
export function buildScriptEnvironment(script: string): Record<string, string> {
  const match = /^(?:cross-env((?:\s+[A-Za-z_][A-Za-z0-9_]*=\S*)+)\s+)?astro build$/.exec(script.trim());
  if (!match) {
    throw new Error(
      `package.json's build script is "${script}"; copies are built the way "[cross-env NAME=value …] astro build" builds`,
    );
  }
  const assignments = match[1]?.trim().split(/\s+/) ?? [];
  return Object.fromEntries(
    assignments.map((pair): [string, string] => {
      const at = pair.indexOf("=");
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

/** The environment of the project's own `npm run build`, read when a copy is built. */
const npmBuildEnvironment = () =>
  buildScriptEnvironment(
    (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { build: string } }).scripts.build,
  );

/**
 * Builds a project copy for the test address with the Node running this script, in the
 * environment of `npm run build`; rejects with the build's output when it fails.
 */
export function buildCopy(copy: ProjectCopy): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    // Read here, not when this module loads: only builds need it, and a mistake in it rejects the build.
    const environment = npmBuildEnvironment();
    const started = performance.now();
    const child = spawn(process.execPath, ["build-and-measure.mjs", TEST_SITE], {
      cwd: copy.root,
      env: { ...process.env, ...environment, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      const rss = /^max-rss-kb (\d+)$/m.exec(output)?.[1];
      if (code !== 0 || !rss) {
        reject(new Error(`the build in ${copy.root} failed (exit code ${code}):\n${output.trim()}`));
        return;
      }
      resolve({ ms, maxRssBytes: Number(rss) * 1024, output });
    });
  });
}
