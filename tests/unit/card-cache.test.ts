import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedPng, cardCacheKey, rendererFingerprint, type RendererParts } from "../../src/lib/build/cards/card-cache";
import type { CardContent } from "../../src/lib/build/cards/card-image";

const card: CardContent = {
  title: "Stretching and your back",
  siteName: "Back in Motion",
  caption: "8 min video",
  width: 1200,
  height: 630,
};
const renderer: RendererParts = {
  source: "export function renderCardPng() {}",
  fonts: [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])],
  versions: { satori: "0.63.2", sharp: "0.35.5" },
};
const png = (marker: number) => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, marker]);

describe("cardCacheKey", () => {
  const fingerprint = rendererFingerprint(renderer);

  it("gives the same card the same key, whatever order its fields were written in", () => {
    const reordered: CardContent = {
      height: 630,
      width: 1200,
      caption: "8 min video",
      siteName: "Back in Motion",
      title: card.title,
    };
    expect(cardCacheKey(reordered, fingerprint)).toBe(cardCacheKey(card, fingerprint));
  });

  const { caption: _caption, ...withoutCaption } = card;
  it.each<[string, CardContent]>([
    ["title", { ...card, title: "Stretching and your back, again" }],
    ["site name", { ...card, siteName: "Back in Motion!" }],
    ["caption", { ...card, caption: "9 min video" }],
    ["no caption", withoutCaption],
    ["chip", { ...card, chip: "4:20" }],
    ["width", { ...card, width: 1280 }],
    ["height", { ...card, height: 720 }],
  ])("gives another key when the %s changes", (_, changed) => {
    expect(cardCacheKey(changed, fingerprint)).not.toBe(cardCacheKey(card, fingerprint));
  });

  it("tells apart text that only joins up the same way", () => {
    const a = cardCacheKey({ ...card, title: "A", caption: "B C" }, fingerprint);
    const b = cardCacheKey({ ...card, title: "A B", caption: "C" }, fingerprint);
    expect(a).not.toBe(b);
  });

  it("gives every card another key when the renderer changes", () => {
    const changes: RendererParts[] = [
      { ...renderer, source: `${renderer.source} ` },
      { ...renderer, fonts: [new Uint8Array([1, 2, 3]), new Uint8Array([4, 6])] },
      { ...renderer, fonts: [new Uint8Array([1, 2]), new Uint8Array([3, 4, 5])] },
      { ...renderer, versions: { ...renderer.versions, sharp: "0.35.6" } },
    ];
    for (const parts of changes) expect(cardCacheKey(card, rendererFingerprint(parts))).not.toBe(cardCacheKey(card, fingerprint));
    expect(rendererFingerprint({ ...renderer, versions: { sharp: "0.35.5", satori: "0.63.2" } })).toBe(fingerprint);
  });
});

describe("cachedPng", () => {
  const dirs: string[] = [];
  const cacheDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "card-cache-test-"));
    dirs.push(dir);
    return path.join(dir, "cards");
  };
  const key = "a".repeat(64);
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it("draws a card once, then gives the stored one without drawing", async () => {
    const dir = cacheDir();
    const draw = vi.fn(() => Promise.resolve(png(1)));
    expect(await cachedPng(dir, key, draw)).toEqual(png(1));
    expect(await cachedPng(dir, key, draw)).toEqual(png(1));
    expect(draw).toHaveBeenCalledTimes(1);
    expect(readdirSync(dir)).toEqual([`${key}.png`]);
  });

  it("draws again, with a warning naming the file, when the stored file is not a PNG", async () => {
    const dir = cacheDir();
    await cachedPng(dir, key, () => Promise.resolve(png(1)));
    writeFileSync(path.join(dir, `${key}.png`), "half a card");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await cachedPng(dir, key, () => Promise.resolve(png(2)))).toEqual(png(2));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(path.join(dir, `${key}.png`)));
    expect(readFileSync(path.join(dir, `${key}.png`))).toEqual(png(2));
  });

  it("stores nothing when drawing fails, and says why", async () => {
    const dir = cacheDir();
    await expect(cachedPng(dir, key, () => Promise.reject(new Error("no fonts")))).rejects.toThrow("no fonts");
    expect(() => readdirSync(dir)).toThrow();
  });

  it("refuses a key that is not a hash, which could name a file elsewhere", async () => {
    await expect(cachedPng(cacheDir(), "../card", () => Promise.resolve(png(1)))).rejects.toThrow(/sha256.*"\.\.\/card"/);
  });
});
