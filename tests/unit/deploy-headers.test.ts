import { describe, expect, it } from "vitest";
import { deployHeaderRules, formatHeadersFile } from "../../src/lib/build/deploy-headers/rules";
import { headersFor, parseHeadersFile } from "../dist/headers-file";

describe("formatHeadersFile", () => {
  const text = formatHeadersFile(
    [
      { path: "/*", headers: [["X-Content-Type-Options", "nosniff"]] },
      { path: "/_astro/*", headers: [["Cache-Control", "public, max-age=31536000, immutable"]] },
    ],
    "First line\nsecond line",
  );

  it("writes comments, then each address at the margin with its headers indented under it", () => {
    expect(text).toBe(
      [
        "# First line",
        "# second line",
        "",
        "/*",
        "  X-Content-Type-Options: nosniff",
        "",
        "/_astro/*",
        "  Cache-Control: public, max-age=31536000, immutable",
        "",
      ].join("\n"),
    );
  });
});

describe("deployHeaderRules", () => {
  it("adds frame-ancestors 'none' to the site's policy for every address", () => {
    const rules = parseHeadersFile(formatHeadersFile(deployHeaderRules("default-src 'self'", "/"), "test"));
    for (const path of ["/", "/404.html", "/an-article/", "/_astro/a.B1c2D3e4.js"]) {
      expect(headersFor(rules, path).get("content-security-policy")).toBe("default-src 'self'; frame-ancestors 'none'");
    }
  });

  it("covers the site's folder when it is served under one, and caches its bundled files there", () => {
    const rules = parseHeadersFile(formatHeadersFile(deployHeaderRules("default-src 'self'", "/back/"), "test"));
    for (const path of ["/back/", "/back/404.html", "/back/an-article/", "/back/_astro/a.B1c2D3e4.js"]) {
      expect(headersFor(rules, path).get("content-security-policy"), path).toBe("default-src 'self'; frame-ancestors 'none'");
    }
    expect(headersFor(rules, "/back/_astro/a.B1c2D3e4.js").get("cache-control")).toBe("public, max-age=31536000, immutable");
    // Other folders of the host belong to other sites.
    expect(headersFor(rules, "/other/").size).toBe(0);
    expect(headersFor(rules, "/_astro/a.B1c2D3e4.js").size).toBe(0);
  });
});
