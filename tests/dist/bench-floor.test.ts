import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { floorPage } from "../../bench/floor";
import { ARTICLE, TITLE, builtFile } from "./support";

describe("the benchmark's floor page", () => {
  const article = builtFile(ARTICLE).toString("utf8");
  const { document } = parseHTML(floorPage(article));

  it("is the built article's text alone: its headline and paragraphs, no styles, scripts or images", () => {
    expect(document.querySelector("h1")?.textContent).toBe(TITLE);
    expect(document.body.textContent).toContain("You dutifully stretch your hamstrings every day for 20 minutes");
    expect(document.querySelectorAll("style, script, img, picture, svg, iframe, lite-youtube, [style]")).toHaveLength(0);
    // Its one link names an empty icon, so the browser does not ask for /favicon.ico either.
    expect([...document.querySelectorAll("link")].map((link) => link.outerHTML)).toEqual(['<link rel="icon" href="data:,">']);
  });
});
