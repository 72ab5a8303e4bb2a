// The site's icon as the files browsers, phones, search engines and feed readers ask for, drawn
// at build from public/favicon.svg, so they always match it.
import sharp from "sharp";

/** The page's light background (as its theme-color): behind the icon where phones do not allow transparency. */
const ICON_BACKGROUND = "#faf8f4";

/** `/favicon.ico` holds one PNG this size: search engines want a multiple of 48 pixels. */
export const FAVICON_ICO_SIZE = 48;
/** What iPhones and iPads look for when a page is added to the home screen. */
export const APPLE_TOUCH_ICON_SIZE = 180;

/**
 * The SVG as a square PNG of `size` pixels, drawn at that size rather than scaled from a small
 * one. `opaque` fills transparent corners with the page's background (iOS would fill them black).
 */
export async function iconPng(svg: string, size: number, { opaque = false } = {}): Promise<Buffer> {
  const image = sharp(Buffer.from(svg), { density: 72 * 8 }).resize(size, size);
  return (opaque ? image.flatten({ background: ICON_BACKGROUND }) : image).png().toBuffer();
}

/** The size a PNG's header says it is. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error("Not a PNG");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * An ICO file holding the given PNGs, as every browser since Windows Vista's reads it: a 6-byte
 * header, one 16-byte entry per image (its size, and where its bytes start), then the PNGs.
 */
export function icoFile(pngs: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const headerSize = 6 + 16 * pngs.length;
  const ico = new Uint8Array(headerSize + pngs.reduce((total, png) => total + png.length, 0));
  const view = new DataView(ico.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, pngs.length, true);
  let offset = headerSize;
  pngs.forEach((png, index) => {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error(`An icon is at most 256 pixels wide; got ${width}x${height}`);
    const entry = 6 + 16 * index;
    view.setUint8(entry, width % 256); // 0 means 256
    view.setUint8(entry + 1, height % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    ico.set(png, offset);
    offset += png.length;
  });
  return ico;
}
