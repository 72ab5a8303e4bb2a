import { describe, expect, it } from "vitest";
import { qrCodeSvg } from "../../src/lib/qr-code";
import { ARTICLE, builtFile, onSite } from "./support";

const DRILLS = ["kneeling-hip-internal-rotator-stretch", "standing-hip-internal-rotator-drill"];

describe("the printed sheet's QR codes", () => {
  it.each(DRILLS)("%s: encodes the drill page's address on the site, in the build's folder", async (slug) => {
    const page = `${ARTICLE}${slug}/`;
    expect(builtFile(`${page}qr.svg`).toString("utf8")).toBe(await qrCodeSvg(onSite(page)));
  });
});
