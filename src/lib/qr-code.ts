import QRCode from "qrcode";
import { drillPath } from "./site-paths";

/**
 * The QR code printed beside a drill on the exercise sheet, as an SVG file beside the drill's
 * share page: `/<article>/<drill>/qr.svg`. Only the printed sheet asks for it.
 */
export const qrCodePath = (articleId: string, drillSlug: string) => `${drillPath(articleId, drillSlug)}qr.svg`;

/** Light modules around the code, as the QR standard asks, so a phone finds its edges on any paper. */
export const QR_QUIET_ZONE = 4;

/**
 * A QR code for an absolute web address, as a standalone SVG: black modules on white, the quiet
 * zone included, one SVG unit per module. Error correction level M still reads with a crease or a
 * smudge across the code and keeps a 110-character address at 45×45 modules.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`A QR code needs an absolute address (https://…), got "${url}"`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`A QR code must open a web page (http or https), got "${url}"`);
  }
  return QRCode.toString(parsed.href, {
    type: "svg",
    margin: QR_QUIET_ZONE,
    errorCorrectionLevel: "M",
    color: { dark: "#000000", light: "#ffffff" },
  });
}
