import { describe, expect, it } from "vitest";
import {
  isLocalAddress,
  isPlaceholder,
  missingAddressMessage,
  PLACEHOLDER_SITE,
  siteAddress,
} from "../../src/lib/build/site-address";

const OWN = "https://www.back-in-motion.org";

describe("the site's address", () => {
  it("is SITE_URL when it is set, whatever astro.config.mjs or the host says", () => {
    const env = { SITE_URL: "https://from-env.org", NETLIFY: "true", URL: "https://netlify-main.org" };
    expect(siteAddress(env, OWN)).toEqual({ address: "https://from-env.org", source: "SITE_URL" });
  });

  it("is the address written in astro.config.mjs when SITE_URL is not set (or empty)", () => {
    expect(siteAddress({}, OWN)).toEqual({ address: OWN, source: "astro.config.mjs" });
    expect(siteAddress({ SITE_URL: " " }, OWN)).toEqual({ address: OWN, source: "astro.config.mjs" });
  });

  it("is what the host gives when neither names it: Netlify's URL, Vercel's production domain", () => {
    expect(siteAddress({ NETLIFY: "true", URL: "https://calm-back.netlify.app" }, PLACEHOLDER_SITE)).toEqual({
      address: "https://calm-back.netlify.app",
      source: "Netlify (URL)",
    });
    expect(siteAddress({ VERCEL: "1", VERCEL_PROJECT_PRODUCTION_URL: "calm-back.org" }, PLACEHOLDER_SITE)).toEqual({
      address: "https://calm-back.org",
      source: "Vercel (VERCEL_PROJECT_PRODUCTION_URL)",
    });
  });

  it("takes no address from a host that gives only each deployment's own, or none", () => {
    // Cloudflare Pages: CF_PAGES_URL is https://<hash>.<project>.pages.dev, a different address for every deployment.
    expect(siteAddress({ CF_PAGES: "1", CF_PAGES_URL: "https://3f2a1b.calm-back.pages.dev" }, PLACEHOLDER_SITE)).toBeUndefined();
    expect(siteAddress({ GITHUB_ACTIONS: "true", GITHUB_REPOSITORY: "coach/calm-back" }, PLACEHOLDER_SITE)).toBeUndefined();
  });

  it("takes URL only on Netlify: elsewhere the name is too common to mean the site", () => {
    expect(siteAddress({ URL: "https://somewhere.org" }, PLACEHOLDER_SITE)).toBeUndefined();
  });

  it("is unknown while astro.config.mjs has the placeholder or a documentation domain and nothing else names it", () => {
    expect(siteAddress({}, PLACEHOLDER_SITE)).toBeUndefined();
    expect(siteAddress({}, "https://example.com")).toBeUndefined();
    expect(siteAddress({}, "")).toBeUndefined();
    expect(siteAddress({})).toBeUndefined();
  });

  it("refuses an address that is not one, naming where it came from", () => {
    expect(() => siteAddress({ SITE_URL: "www.back-in-motion.org" })).toThrow(
      /full address such as https:\/\/.*SITE_URL is "www\.back-in-motion\.org"/,
    );
    expect(() => siteAddress({}, "ftp://back-in-motion.org")).toThrow(/start with https:\/\/.*astro\.config\.mjs is "ftp:/);
  });
});

describe("placeholder and local addresses", () => {
  it("knows the placeholder and the domains reserved for examples", () => {
    for (const address of [PLACEHOLDER_SITE, "https://example.com", "https://www.example.org/", "https://your-site.example"]) {
      expect(isPlaceholder(address), address).toBe(true);
    }
    for (const address of [OWN, "https://coach.github.io", "https://myexample.com"]) {
      expect(isPlaceholder(address), address).toBe(false);
    }
  });

  it("knows this computer's addresses", () => {
    expect(isLocalAddress("http://localhost:4321")).toBe(true);
    expect(isLocalAddress("http://127.0.0.1:4321/")).toBe(true);
    expect(isLocalAddress(OWN)).toBe(false);
  });
});

describe("the message when no address is set", () => {
  it("says nothing was built and how to set the address on each host the README covers", () => {
    const { problem, fix } = missingAddressMessage();
    expect(problem).toMatch(/address is not set, so nothing was built/);
    for (const way of ["SITE_URL=https://", "astro.config.mjs", "GitHub Pages", "Cloudflare Pages", "Netlify", "npm start"]) {
      expect(fix).toContain(way);
    }
  });
});
