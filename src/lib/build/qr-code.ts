import QRCode from "qrcode";

/** Light modules around the code, as the QR standard asks, so a phone finds its edges on any paper. */
export const QR_QUIET_ZONE = 4;

/**
 * A QR code to draw inside the page's own `<svg>`: the printed sheet carries its codes in its
 * HTML, so printing needs no request and no image to load (some browsers print a hidden page's
 * images before they have loaded them).
 */
export interface QrCode {
  /** One SVG unit per module, the quiet zone included: "0 0 53 53". */
  viewBox: string;
  /** The drawing: a white square, then the dark modules. No ids, so a page can hold several. */
  shapes: string;
}

/**
 * The QR code for an absolute web address: black modules on white, the quiet zone included.
 * Error correction level M still reads with a crease or a smudge across the code and keeps a
 * 110-character address at 45×45 modules.
 */
export async function qrCode(url: string): Promise<QrCode> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`A QR code needs an absolute address (https://…), got "${url}"`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`A QR code must open a web page (http or https), got "${url}"`);
  }
  const svg = await QRCode.toString(parsed.href, {
    type: "svg",
    margin: QR_QUIET_ZONE,
    errorCorrectionLevel: "M",
    color: { dark: "#000000", light: "#ffffff" },
  });
  // The package draws a standalone SVG file; the page wants what is inside it.
  const drawing = /^<svg [^>]*viewBox="(0 0 (\d+) \2)"[^>]*>(<path [^<]*\/><path [^<]*\/>)<\/svg>\s*$/.exec(svg);
  if (!drawing?.[1] || !drawing[3]) throw new Error(`qrcode drew an SVG this site cannot read: ${svg.slice(0, 200)}`);
  return { viewBox: drawing[1], shapes: drawing[3] };
}
