import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import config from "../../astro.config.mjs";
import { DIST, builtFiles, builtPages } from "./support";

/** The site's public origin: links to it are links inside the site. */
const SITE = new URL(config.site ?? "https://example.com");

/** Where each kind of element points, by attribute. */
const REFERENCES = [
  ["a[href], area[href], link[href]", "href"],
  ["[src]", "src"],
  ["video[poster]", "poster"],
  ['meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]', "content"],
] as const;

/** The file a host serves for an address inside the site, if there is one. */
function servedFile(url: URL): string | undefined {
  const path = decodeURIComponent(url.pathname).slice(1);
  const file = path === "" || path.endsWith("/") ? `${path}index.html` : path;
  return existsSync(`${DIST}${file}`) ? file : undefined;
}

/** What is wrong with a reference from `base`, or nothing if it resolves (or leaves the site). */
function problemWith(reference: string, base: URL): string | undefined {
  const url = new URL(reference, base);
  if (url.origin !== SITE.origin) return undefined;
  const file = servedFile(url);
  if (!file) return `"${reference}": nothing is served at ${url.pathname}`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id === "" || id === "top") return undefined; // both scroll to the top of any page
  const target = builtPages().find((page) => page.file === file);
  if (!target?.document.getElementById(id)) return `"${reference}": ${file} has no element with id "${id}"`;
  return undefined;
}

describe.each(builtPages())("links and sources of $path", ({ path, document }) => {
  it("all resolve to built files, and fragments to elements", () => {
    const base = new URL(path, SITE);
    const references: string[] = [];
    for (const [selector, attribute] of REFERENCES) {
      for (const element of document.querySelectorAll(selector)) references.push(element.getAttribute(attribute) ?? "");
    }
    for (const element of document.querySelectorAll("[srcset]")) {
      for (const candidate of (element.getAttribute("srcset") ?? "").split(/,\s+/))
        references.push(candidate.trim().split(/\s+/)[0] ?? "");
    }
    expect(references.length).toBeGreaterThan(0);
    expect(references.map((reference) => problemWith(reference, base)).filter(Boolean)).toEqual([]);
  });
});

/** Every stylesheet of the site, with the address its url()s are read from: CSS files and the styles inside pages. */
const stylesheets = [
  ...builtFiles()
    .filter((file) => file.endsWith(".css"))
    .map((file) => ({ name: file, css: readFileSync(`${DIST}${file}`, "utf8"), base: new URL(`/${file}`, SITE) })),
  ...builtPages().flatMap(({ path, document }) =>
    [...document.querySelectorAll("style")].map((style, index) => ({
      name: `${path} <style> ${index + 1}`,
      css: style.textContent ?? "",
      base: new URL(path, SITE),
    })),
  ),
];

describe("url() references in stylesheets", () => {
  it("finds the site's styles", () => expect(stylesheets.length).toBeGreaterThan(0));

  it.each(stylesheets)("$name: all resolve to built files", ({ css, base }) => {
    const references = [...css.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/g)].map((match) => match[2] as string);
    expect(references.map((reference) => problemWith(reference, base)).filter(Boolean)).toEqual([]);
  });
});
