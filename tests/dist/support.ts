import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";

/** The built site: `npm test` builds it before Vitest runs. */
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Every file of the built site, relative to `DIST` with forward slashes ("index.html", "_astro/x.css"). */
export function builtFiles(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: build the site first (npm run build)`);
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(DIST.length).replace(/^\/+/, "").replaceAll("\\", "/"))
    .sort();
}

export interface BuiltPage {
  /** The file, relative to `DIST` ("index.html", "404.html", "slug/index.html"). */
  file: string;
  /** The address it is served at ("/", "/404.html", "/slug/"). */
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
      return { file, path: `/${file.replace(/(^|\/)index\.html$/, "$1")}`, html, document: parseHTML(html).document };
    });
  return pages;
}

/** The first article, as readers see it. */
export const ARTICLE = "/are-you-making-your-back-worse-with-the-way-you-are-stretching/";
export const TITLE = "Are You Making Your Back Worse With The Way You Are Stretching?";

/** The site's public address: README's default, or the SITE_URL the build was given. */
export const SITE = new URL(process.env["SITE_URL"] ?? "https://example.com");

/** The absolute address of a site path. */
export const onSite = (path: string) => new URL(path, SITE).href;

/** A built file's contents, by site path ("/rss.xml"); fails the test when it is missing. */
export function builtFile(path: string): Buffer {
  return readFileSync(`${DIST}${decodeURIComponent(path).replace(/^\/+/, "")}`);
}

/** The site path of one of the site's own absolute addresses; fails on any other origin. */
export function sitePath(url: string): string {
  const parsed = new URL(url);
  if (parsed.origin !== SITE.origin) throw new Error(`${url} is not on ${SITE.origin}`);
  return parsed.pathname;
}
