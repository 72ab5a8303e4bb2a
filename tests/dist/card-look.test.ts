import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ARTICLE, builtFile, builtPages, served } from "./support";

const article = builtPages().find((page) => page.path === ARTICLE);

/** A custom property's value as the page's inline styles set it on the player. */
function pageToken(html: string, name: string): string {
  const value = new RegExp(`--card-${name}:\\s*([^;}]+)`).exec(html)?.[1]?.trim();
  if (value === undefined) throw new Error(`${ARTICLE} sets no --card-${name} for its poster`);
  return value;
}

/** The colour of one pixel of a built PNG, as "#rrggbb". */
async function pixel(path: string, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(builtFile(path)).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return `#${[...data.subarray(at, at + 3)].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

describe("the poster on the page and the drawn cards", () => {
  it("share one background colour", async () => {
    if (!article) throw new Error(`no built page at ${ARTICLE}`);
    const background = pageToken(article.html, "background").toLowerCase();
    expect(background).toMatch(/^#[0-9a-f]{6}$/);
    const slug = ARTICLE.split("/").filter(Boolean).at(-1) ?? "";
    expect(await pixel(served(`/posters/${slug}.png`), 0, 0)).toBe(background);
    expect(await pixel(`${ARTICLE}card.png`, 0, 0)).toBe(background);
  });
});
