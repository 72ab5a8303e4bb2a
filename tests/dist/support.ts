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
