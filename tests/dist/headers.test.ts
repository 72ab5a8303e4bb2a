import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isHashSource, parsePolicy } from "../../src/lib/build/deploy-headers/policy";
import { headersFor, parseHeadersFile } from "./headers-file";
import { DIST, builtFiles, builtPages, served } from "./support";

const text = readFileSync(`${DIST}_headers`, "utf8");
const rules = parseHeadersFile(text);
const pages = builtPages();

const metaPolicy = (document: Document) =>
  parsePolicy(document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "");

/** A Permissions-Policy header as feature → its allowlist. */
function permissions(header: string | undefined): Map<string, string> {
  return new Map((header ?? "").split(/,\s*/).map((entry) => entry.split("=") as [string, string]));
}

describe("_headers, as Netlify and Cloudflare Pages serve it", () => {
  describe.each(pages)("for $path", ({ path, document }) => {
    const headers = headersFor(rules, path);
    const header = parsePolicy(headers.get("content-security-policy") ?? "");
    const meta = metaPolicy(document);

    it("sends the page's own policy, with the hashes of the site's pages, plus frame-ancestors 'none'", () => {
      expect([...header.keys()]).toEqual([...meta.keys(), "frame-ancestors"]);
      expect(header.get("frame-ancestors")).toEqual(["'none'"]);
      const siteHashes = new Set(pages.flatMap((page) => [...metaPolicy(page.document).values()].flat().filter(isHashSource)));
      for (const [name, sources] of meta) {
        const sent = header.get(name) ?? [];
        expect(
          sent.filter((source) => !isHashSource(source)),
          name,
        ).toEqual(sources.filter((source) => !isHashSource(source)));
        expect(sent, `${name} allows this page's scripts and styles`).toEqual(
          expect.arrayContaining(sources.filter(isHashSource)),
        );
        for (const hash of sent.filter(isHashSource)) expect(siteHashes, `${name} ${hash} belongs to a page`).toContain(hash);
      }
    });

    it("forbids sniffing content types and keeps the origin as referrer for YouTube", () => {
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    });

    it("is not cached as immutable: a page changes at the same address", () => {
      expect(headers.get("cache-control") ?? "").not.toContain("immutable");
    });
  });

  it("lets the embedded player have what it needs, the page copy and share, and nothing else", () => {
    const policy = permissions(headersFor(rules, served("/")).get("permissions-policy"));
    const player = '(self "https://www.youtube-nocookie.com")';
    for (const feature of ["autoplay", "encrypted-media", "fullscreen", "picture-in-picture"]) {
      expect(policy.get(feature), feature).toBe(player);
    }
    expect(policy.get("clipboard-write")).toBe("(self)");
    expect(policy.get("web-share")).toBe("(self)");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(policy.get(feature), feature).toBe("()");
    }
  });

  it("caches every bundled file for a year as immutable, and each one's name carries its content hash", () => {
    const bundled = builtFiles().filter((file) => file.startsWith("_astro/"));
    expect(bundled.length).toBeGreaterThan(0);
    for (const file of bundled) {
      expect(file).toMatch(/\.[\w-]{8}\.\w+$/);
      expect(headersFor(rules, served(file)).get("cache-control")).toBe("public, max-age=31536000, immutable");
    }
    for (const file of builtFiles().filter((file) => !file.startsWith("_astro/"))) {
      expect(headersFor(rules, served(file)).get("cache-control") ?? "", file).not.toContain("immutable");
    }
  });

  it("covers the site's own folder only: the rest of the host is not the site's", () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.path.startsWith(served("/")), rule.path).toBe(true);
  });

  it("stays within Cloudflare Pages' limits: 100 rules, 2,000 characters a line", () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(2000);
  });
});
