import { describe, expect, it } from "vitest";
import { formatPolicy, isHashSource, parsePolicy, sitePolicy } from "../../src/lib/build/deploy-headers/policy";

const HASH_A = "'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw='";
const HASH_B = "'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c='";
const HASH_C = "'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=='";

describe("parsePolicy", () => {
  it("reads directives and their sources in order, ignoring extra spaces and empty directives", () => {
    const policy = parsePolicy(" default-src 'self';img-src 'self'  data: ;; script-src 'self' https://www.youtube.com; ");
    expect([...policy]).toEqual([
      ["default-src", ["'self'"]],
      ["img-src", ["'self'", "data:"]],
      ["script-src", ["'self'", "https://www.youtube.com"]],
    ]);
  });

  it("reads names case-insensitively and, like browsers, ignores a repeated directive", () => {
    const policy = parsePolicy("Script-Src 'self'; script-src *");
    expect(policy.get("script-src")).toEqual(["'self'"]);
  });

  it("reads an empty policy as no directives", () => {
    expect(parsePolicy("").size).toBe(0);
  });

  it("writes back what it read", () => {
    const text = "default-src 'self'; object-src 'none'; script-src 'self' " + HASH_A;
    expect(formatPolicy(parsePolicy(text))).toBe(text);
  });
});

describe("isHashSource", () => {
  it.each([HASH_A, HASH_C, "'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC'"])("knows %s", (source) => {
    expect(isHashSource(source)).toBe(true);
  });

  it.each(["'self'", "'unsafe-inline'", "sha256-abc", "'sha1-abc='", "'nonce-abc'", "'sha256-abc' 'unsafe-inline'"])(
    "rejects %s",
    (source) => {
      expect(isHashSource(source)).toBe(false);
    },
  );
});

describe("sitePolicy", () => {
  const page = (hashes: string) => parsePolicy(`default-src 'self'; script-src 'self' ${hashes}; style-src 'self'`);

  it("keeps the pages' shared directives and allows every page's hashes, each once", () => {
    const site = sitePolicy(
      new Map([
        ["index.html", page(`${HASH_A} ${HASH_B}`)],
        ["404.html", page(`${HASH_B} ${HASH_C}`)],
      ]),
    );
    expect(formatPolicy(site)).toBe(`default-src 'self'; script-src 'self' ${HASH_A} ${HASH_B} ${HASH_C}; style-src 'self'`);
  });

  it("refuses pages that differ in more than hashes, naming both", () => {
    const pages = new Map([
      ["index.html", page(HASH_A)],
      ["a/index.html", parsePolicy(`default-src 'self'; script-src 'self' https://cdn.example ${HASH_A}; style-src 'self'`)],
    ]);
    expect(() => sitePolicy(pages)).toThrow(/a\/index\.html and index\.html differ in more than hashes: .*cdn\.example/);
  });

  it("needs at least one page", () => {
    expect(() => sitePolicy(new Map())).toThrow(/at least one/);
  });
});
