import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { TEST_SITE, siteBuild } from "../builds";
import { ARTICLE as FACTS } from "../site-facts";

export { FIRST_DRILL, SECOND_DRILL } from "../site-facts";
/** The first article as its author wrote it (tests/site-facts.ts reads it from content/). */
export { FACTS };

/**
 * The build these checks read: vitest.config.ts runs tests/dist once per build of
 * tests/builds.ts, naming it in SITE_BUILD. `npm test` builds both first.
 */
export const BUILD = siteBuild(process.env["SITE_BUILD"]);

export const DIST = fileURLToPath(new URL(`../../${BUILD.dir}/`, import.meta.url));

/** The folder of the host the build is served from: "/" or "/sub/". */
export const BASE = BUILD.base;

/** The address a path from the site's root is served at in this build: "/rss.xml" → "/sub/rss.xml". */
export const served = (path: string) => `${BASE}${path.replace(/^\/+/, "")}`;

/** Every file of the built site, relative to `DIST` with forward slashes ("index.html", "_astro/x.css"). */
export function builtFiles(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: build the site first (${BUILD.command})`);
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(DIST.length).replace(/^\/+/, "").replaceAll("\\", "/"))
    .sort();
}

export interface BuiltPage {
  /** The file, relative to `DIST` ("index.html", "404.html", "slug/index.html"). */
  file: string;
  /** The address it is served at ("/", "/404.html", "/slug/"; under the base: "/sub/slug/"). */
  path: string;
  html: string;
  document: Document;
}

let pages: BuiltPage[] | undefined;

/** Every HTML page of the built site, parsed. */
export function builtPages(): BuiltPage[] {
  pages ??= builtFiles()
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const html = readFileSync(`${DIST}${file}`, "utf8");
      return { file, path: served(file.replace(/(^|\/)index\.html$/, "$1")), html, document: parseHTML(html).document };
    });
  return pages;
}

/** The first article's address in this build, and its title. */
export const ARTICLE = served(FACTS.path);
export const TITLE = FACTS.title;

/** The site's public address: the test address both builds are made for. */
export const SITE = new URL(TEST_SITE);

/** The absolute address of a served path. */
export const onSite = (path: string) => new URL(path, SITE).href;

/** The built file served at an address ("/sub/rss.xml"), if the address is inside the build's folder. */
export function fileAt(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  if (!decoded.startsWith(BASE)) return undefined;
  const file = decoded.slice(BASE.length);
  return file === "" || file.endsWith("/") ? `${file}index.html` : file;
}

/** A built file's contents, by the address it is served at; fails the test when it is missing. */
export function builtFile(path: string): Buffer {
  const file = fileAt(path);
  if (file === undefined) throw new Error(`${path} is outside the site's folder ${BASE}`);
  return readFileSync(`${DIST}${file}`);
}

/** The served path of one of the site's own absolute addresses; fails on any other origin. */
export function sitePath(url: string): string {
  const parsed = new URL(url);
  if (parsed.origin !== SITE.origin) throw new Error(`${url} is not on ${SITE.origin}`);
  return parsed.pathname;
}
