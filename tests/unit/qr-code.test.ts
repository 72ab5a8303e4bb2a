import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { QR_QUIET_ZONE, qrCode, type QrCode } from "../../src/lib/build/qr-code";

const DRILL_URL =
  "https://example.com/are-you-making-your-back-worse-with-the-way-you-are-stretching/kneeling-hip-internal-rotator-stretch/";

/** The code drawn one pixel per module, as the page's `<svg>` draws it: whether each module is dark, row by row. */
function modules({ viewBox, shapes }: QrCode): boolean[][] {
  const size = Number(/^0 0 (\d+) \1$/.exec(viewBox)?.[1]);
  if (!size) throw new Error(`no square viewBox in ${viewBox}`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${shapes}</svg>`;
  const image = new Resvg(svg, { fitTo: { mode: "width", value: size }, shapeRendering: 0 }).render();
  const rows: boolean[][] = [];
  for (let y = 0; y < image.height; y += 1) {
    const row: boolean[] = [];
    for (let x = 0; x < image.width; x += 1) row.push((image.pixels[(y * image.width + x) * 4] ?? 255) < 128);
    rows.push(row);
  }
  return rows;
}

describe("qrCode", () => {
  it("draws a square code with a white quiet zone of four modules on every side", async () => {
    const grid = modules(await qrCode(DRILL_URL));
    const size = grid.length;
    expect(grid.every((row) => row.length === size)).toBe(true);
    for (const [y, row] of grid.entries()) {
      for (const [x, dark] of row.entries()) {
        const inQuietZone = Math.min(x, y, size - 1 - x, size - 1 - y) < QR_QUIET_ZONE;
        if (inQuietZone) expect(dark, `module ${x},${y}`).toBe(false);
      }
    }
  });

  it("puts the three finder squares in the corners, where a phone's camera looks for them", async () => {
    const grid = modules(await qrCode(DRILL_URL));
    const end = grid.length - QR_QUIET_ZONE - 7;
    for (const [left, top] of [
      [QR_QUIET_ZONE, QR_QUIET_ZONE],
      [end, QR_QUIET_ZONE],
      [QR_QUIET_ZONE, end],
    ] as const) {
      // A finder square: a dark ring, a light ring, a dark 3×3 centre.
      const ring = (d: number) => Math.max(Math.abs(d - 3), 0);
      for (let dy = 0; dy < 7; dy += 1) {
        for (let dx = 0; dx < 7; dx += 1) {
          const distance = Math.max(ring(dx), ring(dy));
          expect(grid[top + dy]?.[left + dx], `finder at ${left},${top}`).toBe(distance !== 2);
        }
      }
    }
  });

  it("draws no ids, so a page can hold several codes", async () => {
    const { shapes } = await qrCode(DRILL_URL);
    expect(shapes).toMatch(/^<path /);
    expect(shapes).not.toMatch(/\sid=/);
  });

  it("gives each address its own code, and the same code for the same address on every build", async () => {
    const other = DRILL_URL.replace("kneeling-hip-internal-rotator-stretch", "standing-hip-internal-rotator-drill");
    expect(await qrCode(DRILL_URL)).toEqual(await qrCode(DRILL_URL));
    expect(await qrCode(other)).not.toEqual(await qrCode(DRILL_URL));
  });

  it("refuses an address a phone could not open, saying what it got", async () => {
    await expect(qrCode("/are-you/kneeling/")).rejects.toThrow(
      'A QR code needs an absolute address (https://…), got "/are-you/kneeling/"',
    );
    await expect(qrCode("")).rejects.toThrow('got ""');
    await expect(qrCode("javascript:alert(1)")).rejects.toThrow(
      'A QR code must open a web page (http or https), got "javascript:alert(1)"',
    );
  });
});
