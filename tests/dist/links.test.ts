import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BASE, DIST, FACTS, SITE, builtFiles, builtPages, fileAt, served } from "./support";

/** Where each kind of element points, by attribute. */
const REFERENCES = [
  ["a[href], area[href], link[href]", "href"],
  ["[src]", "src"],
  ["video[poster]", "poster"],
  ['meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]', "content"],
] as const;

/** What is wrong with a reference from `base`, or nothing if it resolves (or leaves the site). */
function problemWith(reference: string, base: URL): string | undefined {
  const url = new URL(reference, base);
  if (url.origin !== SITE.origin) return undefined;
  const file = fileAt(url.pathname);
  if (file === undefined) return `"${reference}": ${url.pathname} is outside the site's folder ${BASE}`;
  if (!existsSync(`${DIST}${file}`)) return `"${reference}": nothing is served at ${url.pathname}`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id === "" || id === "top") return undefined; // both scroll to the top of any page
  const target = builtPages().find((page) => page.file === file);
  if (!target?.document.getElementById(id)) return `"${reference}": ${file} has no element with id "${id}"`;
  return undefined;
}

/** Every address a page's elements point at, as written. */
function referencesOf(document: Document): string[] {
  const references: string[] = [];
  for (const [selector, attribute] of REFERENCES) {
    for (const element of document.querySelectorAll(selector)) references.push(element.getAttribute(attribute) ?? "");
  }
  for (const element of document.querySelectorAll("[srcset]")) {
    for (const candidate of (element.getAttribute("srcset") ?? "").split(/,\s+/))
      references.push(candidate.trim().split(/\s+/)[0] ?? "");
  }
  return references;
}

describe.each(builtPages())("links and sources of $path", ({ path, document }) => {
  it("all resolve to built files, and fragments to elements", () => {
    const references = referencesOf(document);
    expect(references.length).toBeGreaterThan(0);
    expect(references.map((reference) => problemWith(reference, new URL(path, SITE))).filter(Boolean)).toEqual([]);
  });
});

describe("the 404 page", () => {
  // Hosts answer any missing address with it, however deep, without redirecting.
  it.each(["no-such-page", "no/such/page/", `${FACTS.slug}/typo/`])(
    "links and sources all resolve when it is served for %s",
    (missing) => {
      const notFound = builtPages().find((page) => page.file === "404.html");
      if (!notFound) throw new Error("the build has no 404.html");
      const references = referencesOf(notFound.document);
      expect(references.length).toBeGreaterThan(0);
      const address = new URL(served(missing), SITE);
      const problems = references.map((reference) =>
        // "#main" stays on the page being shown, whatever its address.
        reference.startsWith("#")
          ? notFound.document.getElementById(reference.slice(1))
            ? undefined
            : `"${reference}": 404.html has no such element`
          : problemWith(reference, address),
      );
      expect(problems.filter(Boolean)).toEqual([]);
    },
  );
});

/** Every stylesheet of the site, with the address its url()s are read from: CSS files and the styles inside pages. */
const stylesheets = [
  ...builtFiles()
    .filter((file) => file.endsWith(".css"))
    .map((file) => ({ name: file, css: readFileSync(`${DIST}${file}`, "utf8"), base: new URL(served(file), SITE) })),
  ...builtPages().flatMap(({ path, document }) =>
    [...document.querySelectorAll("style")].map((style, index) => ({
      name: `${path} <style> ${index + 1}`,
      css: style.textContent,
      base: new URL(path, SITE),
    })),
  ),
];

describe("url() references in stylesheets", () => {
  it("finds the site's styles", () => {
    expect(stylesheets.length).toBeGreaterThan(0);
  });

  it.each(stylesheets)("$name: all resolve to built files", ({ css, base }) => {
    const references = [...css.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/g)].map((match) => match[2] as string);
    expect(references.map((reference) => problemWith(reference, base)).filter(Boolean)).toEqual([]);
  });
});
