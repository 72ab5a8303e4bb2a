// The floor: the article's own text as bare HTML (no CSS, no scripts, no images), served beside
// the site during the benchmark. No page with that text can paint sooner, so each page's
// paint times are reported as a ratio to the floor's.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { BenchError } from "./errors.ts";

/** Where the floor is served: a name no page of the site can take (addresses are article slugs). */
export const FLOOR_PATH = "/bench-floor/";

/** Elements that are not the article's text: media, scripts, styles and controls. */
const NOT_TEXT =
  "script, style, link, img, picture, source, svg, video, audio, iframe, object, noscript, template, button, lite-youtube";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The text of a built article page's `<main>`, as bare HTML: only elements, text and link addresses. */
export function floorPage(articleHtml: string): string {
  const { document } = parseHTML(articleHtml);
  const main = document.querySelector("main");
  if (!main) throw new BenchError("the article page has no <main> to take its text from for the floor page");
  for (const element of main.querySelectorAll(NOT_TEXT)) element.remove();
  for (const element of main.querySelectorAll("*")) {
    for (const { name } of [...element.attributes]) if (name !== "href") element.removeAttribute(name);
  }
  if (!main.textContent.trim()) throw new BenchError("the article page's <main> has no text for the floor page");
  const lang = document.documentElement.getAttribute("lang") ?? "en";
  const title = document.querySelector("title")?.textContent ?? "";
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    // As the site's pages do, so both are laid out at the phone's width.
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    // Without an icon of its own the browser would ask for /favicon.ico: the floor requests nothing.
    '<link rel="icon" href="data:,">',
    "</head>",
    `<body>${main.innerHTML}</body>`,
    "</html>",
    "",
  ].join("\n");
}

export interface ServedCopy {
  dir: string;
  remove(): void;
}

/** A temporary copy of `dist` with the floor page added, so the deployable dist/ never holds it. */
export function distWithFloor(dist: string, articleHtml: string): ServedCopy {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-dist-"));
  cpSync(dist, dir, { recursive: true });
  const floorDir = path.join(dir, FLOOR_PATH);
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(path.join(floorDir, "index.html"), floorPage(articleHtml), { flag: "wx" });
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
