import { describe, expect, it } from "vitest";
import { icoFile, iconPng, pngSize } from "../../src/lib/build/site-icons";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#123c37"/></svg>';

describe("the icon files", () => {
  it("draw the SVG at the size asked for", async () => {
    expect(pngSize(await iconPng(SVG, 48))).toEqual({ width: 48, height: 48 });
    expect(pngSize(await iconPng(SVG, 180, { opaque: true }))).toEqual({ width: 180, height: 180 });
  });

  it("put each PNG in the ICO file behind an entry giving its size, length and place", async () => {
    const pngs = [await iconPng(SVG, 48), await iconPng(SVG, 256)];
    const ico = Buffer.from(icoFile(pngs));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    let offset = 6 + 16 * 2;
    pngs.forEach((png, index) => {
      const entry = 6 + 16 * index;
      // 256 pixels is written as 0.
      expect([ico.readUInt8(entry), ico.readUInt8(entry + 1)]).toEqual(index === 0 ? [48, 48] : [0, 0]);
      expect(ico.readUInt32LE(entry + 8)).toBe(png.length);
      expect(ico.readUInt32LE(entry + 12)).toBe(offset);
      expect(ico.subarray(offset, offset + png.length).equals(png)).toBe(true);
      offset += png.length;
    });
    expect(ico.length).toBe(offset);
  });

  it("refuses what is not a PNG or too big for an ICO file", async () => {
    expect(() => icoFile([new Uint8Array(30)])).toThrow("Not a PNG");
    expect(() => pngSize(new TextEncoder().encode(SVG))).toThrow("Not a PNG");
    await expect(iconPng(SVG, 512).then((png) => icoFile([png]))).rejects.toThrow("at most 256 pixels wide; got 512x512");
  });
});
