import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pngSize } from "../../src/lib/build/site-icons";
import { builtFile, builtPages, served } from "./support";

const home = () => builtPages().find((page) => page.path === served("/"));
const SOURCE_SVG = readFileSync(fileURLToPath(new URL("../../public/favicon.svg", import.meta.url)), "utf8");

/** The images inside an ICO file, by the size each says it is. */
function icoImages(ico: Buffer) {
  expect(ico.readUInt16LE(2), "an ICO file's type is 1").toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
    return { declared: ico.readUInt8(entry) || 256, ...pngSize(png) };
  });
}

describe("the site's icon, where crawlers and phones look for it", () => {
  it("is named by the home page, under the site's folder", () => {
    const document = home()?.document;
    const hrefs = (selector: string) =>
      [...(document?.querySelectorAll(selector) ?? [])].map((link) => link.getAttribute("href"));
    const icons = hrefs('link[rel="icon"]');
    expect(icons.filter((href) => !href?.startsWith("data:"))).toEqual([served("/favicon.ico")]);
    // Browsers draw the tab's icon from the page itself: the same drawing, no request.
    const inside = icons.find((href) => href?.startsWith("data:image/svg+xml,"));
    expect(decodeURIComponent(inside?.slice("data:image/svg+xml,".length) ?? "")).toBe(SOURCE_SVG.trim());
    expect(hrefs('link[rel="apple-touch-icon"]')).toEqual([served("/apple-touch-icon.png")]);
  });

  it("is a favicon.ico holding a PNG whose side is a multiple of 48 pixels", () => {
    const images = icoImages(builtFile(served("/favicon.ico")));
    expect(images.length).toBeGreaterThan(0);
    for (const { declared, width, height } of images) {
      expect(width).toBe(height);
      expect(width % 48).toBe(0);
      expect(declared).toBe(width);
    }
  });

  it("is an SVG, the drawing itself", () => {
    expect(builtFile(served("/favicon.svg")).toString("utf8")).toBe(SOURCE_SVG);
  });

  it("is a 180x180 apple-touch-icon.png", () => {
    expect(pngSize(builtFile(served("/apple-touch-icon.png")))).toEqual({ width: 180, height: 180 });
  });
});
