import { describe, expect, it } from "vitest";
import { isHashSource, parsePolicy } from "../../src/lib/build/deploy-headers/policy";
import { builtPages } from "./support";

/** The page's policy: the content of its one CSP `<meta>`. */
function metaPolicy(document: Document) {
  const metas = [...document.querySelectorAll("meta[http-equiv]")].filter(
    (meta) => meta.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
  );
  expect(metas, "one Content-Security-Policy <meta>").toHaveLength(1);
  expect(metas[0]?.parentElement?.tagName.toLowerCase(), "the policy sits in <head>").toBe("head");
  return parsePolicy(metas[0]?.getAttribute("content") ?? "");
}

/** Every directive a page may have, with what it may allow besides hashes. */
const ALLOWED: Record<string, string[]> = {
  "default-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  // The privacy-enhanced player, framed only after the reader asks for it.
  "frame-src": ["https://www.youtube-nocookie.com"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  // YouTube's iframe API, which phones and Apple browsers need to start the player.
  // Search's WebAssembly (Pagefind): compiling it needs 'wasm-unsafe-eval', which allows no JavaScript eval.
  "script-src": ["'self'", "https://www.youtube.com", "'wasm-unsafe-eval'"],
  "style-src": ["'self'"],
};

describe.each(builtPages())("the Content Security Policy of $path", ({ document }) => {
  const policy = metaPolicy(document);

  it("has only the expected directives, each allowing only its own origins", () => {
    const withoutHashes = Object.fromEntries(
      [...policy].map(([name, sources]) => [name, sources.filter((s) => !isHashSource(s))]),
    );
    expect(withoutHashes).toEqual(ALLOWED);
  });

  it("lets only scripts and styles in by hash", () => {
    for (const [name, sources] of policy) {
      if (!["script-src", "style-src"].includes(name)) expect(sources.filter(isHashSource), name).toEqual([]);
    }
  });

  it("sends the page's origin as referrer, which YouTube's player needs", () => {
    expect(document.querySelector('meta[name="referrer"]')?.getAttribute("content")).toBe("strict-origin-when-cross-origin");
  });
});
