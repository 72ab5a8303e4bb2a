import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";

/** The built site, as `npm test` leaves it before these tests run. */
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Every file under dist/, as a site path ("/", "/about/", "/feed.xml"). */
export function builtFiles(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => "/" + relative(DIST, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

export interface BuiltPage {
  /** The address the page is served at: "/" or "/slug/" (404.html stays "/404.html"). */
  path: string;
  /** The page's file inside dist/. */
  file: string;
  html: string;
  document: Document;
}

/** Every HTML page of the built site, parsed. */
export function builtPages(): BuiltPage[] {
  return builtFiles()
    .filter((path) => path.endsWith(".html"))
    .map((file) => {
      const html = readFileSync(join(DIST, file), "utf8");
      const path = file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
      return { path, file, html, document: parseHTML(html).document as unknown as Document };
    });
}

/** The site's public address: README's default, or the SITE_URL the build was given. */
export const SITE = new URL(process.env["SITE_URL"] ?? "https://example.com");

/** The absolute address of a site path. */
export const onSite = (path: string) => new URL(path, SITE).href;

/** A built file's contents, by site path ("/rss.xml"); fails the test when it is missing. */
export function builtFile(path: string): Buffer {
  return readFileSync(join(DIST, decodeURIComponent(path)));
}

/** The site path of one of the site's own absolute addresses; fails on any other origin. */
export function sitePath(url: string): string {
  const parsed = new URL(url);
  if (parsed.origin !== SITE.origin) throw new Error(`${url} is not on ${SITE.origin}`);
  return parsed.pathname;
}
