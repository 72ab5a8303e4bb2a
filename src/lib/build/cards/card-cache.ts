import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import sharp from "sharp";
import { cardFontData, renderCardPng, type CardContent } from "./card-image";
import tokensSource from "../../browser/card-tokens.ts?raw";
import imageSource from "./card-image.ts?raw";

/**
 * Cards and posters drawn by earlier builds, kept in a folder the host keeps between builds.
 * Each file is named by a hash of everything that decides its pixels: the card's text and size,
 * and the renderer itself (its source and the tokens it draws with, which hold the layout and
 * colours; its fonts; and the versions of the packages that draw). Change any of them and the card gets a new name, so a
 * build can never serve a picture drawn from something else.
 */

/** The packages that turn a card into a PNG: a new version may draw differently. */
export const RENDERER_PACKAGES = ["satori", "@resvg/resvg-js", "sharp"] as const;

export interface RendererParts {
  /** The renderer's source and its tokens: layout, sizes and colours. */
  source: string;
  /** The bytes of each font file. */
  fonts: readonly Uint8Array[];
  /** Package name and version of each drawing package and native library. */
  versions: Readonly<Record<string, string>>;
}

/** One hash of the renderer's parts: a card drawn by another renderer never matches it. */
export function rendererFingerprint(parts: RendererParts): string {
  const hash = createHash("sha256");
  hash.update(`source ${parts.source.length}\n`).update(parts.source);
  for (const font of parts.fonts) hash.update(`\nfont ${font.length}\n`).update(font);
  hash.update(`\nversions ${JSON.stringify(Object.entries(parts.versions).sort(([a], [b]) => a.localeCompare(b)))}`);
  return hash.digest("hex");
}

/**
 * The name of a drawn card: every field of the card, whatever fields it has, and the renderer's
 * fingerprint. Fields left out and fields set to `undefined` are the same card.
 */
export function cardCacheKey(card: CardContent, renderer: string): string {
  const fields = Object.entries(card)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash("sha256")
    .update(JSON.stringify([renderer, fields]))
    .digest("hex");
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The PNG stored as `<key>.png` in `dir`, or, when there is none, the one `draw` makes, stored
 * for the next build. A file that is not a PNG is drawn again with a warning. Files are written
 * under a temporary name and renamed, so a build stopped halfway leaves no half-written card.
 */
export async function cachedPng(dir: string, key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`Card cache keys are sha256 hex digests; got ${JSON.stringify(key)}`);
  const file = path.join(dir, `${key}.png`);
  try {
    const stored = await readFile(file);
    if (stored.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return stored;
    console.warn(`[card cache] ${file} is not a PNG (${stored.length} bytes); drawing it again`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new Error(`Cannot read the drawn card ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  const png = await draw();
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, png);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`Cannot store the drawn card in ${dir}: ${(error as Error).message}`, { cause: error });
  }
  return png;
}

const require = createRequire(import.meta.url);

/** The installed version of a package, from the package.json above its entry point. */
function installedVersion(name: string): string {
  const entry = require.resolve(name);
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  throw new Error(`Cannot find the version of ${name} (resolved to ${entry}) for the card cache`);
}

let fingerprint: Promise<string> | undefined;
/** The fingerprint of the renderer this build runs, worked out once per build. */
export function currentRendererFingerprint(): Promise<string> {
  fingerprint ??= cardFontData().then((fonts) =>
    rendererFingerprint({
      source: `${imageSource}\n${tokensSource}`,
      fonts,
      versions: {
        ...Object.fromEntries(RENDERER_PACKAGES.map((name) => [name, installedVersion(name)])),
        libvips: sharp.versions.vips,
      },
    }),
  );
  return fingerprint;
}

/** A card as a PNG, drawn once and then taken from `dir` by every later build. */
export async function cachedCardPng(card: CardContent, dir: string): Promise<Buffer> {
  const key = cardCacheKey(card, await currentRendererFingerprint());
  return cachedPng(dir, key, () => renderCardPng(card));
}
