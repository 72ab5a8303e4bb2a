import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLE, FACTS, builtPages, onSite, served } from "./support";

/** Each drill's page in this build, and what its code says it is to a screen reader. */
const DRILLS = FACTS.drills.map((drill) => ({ path: served(drill.path), label: `QR code: “${drill.title}” at ${drill.at}` }));

const scratch = mkdtempSync(join(tmpdir(), "qr-codes-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** What a phone's camera reads from a code drawn in the page: rendered as a picture, then read by zbarimg. */
function scan(svg: Element, name: string): string[] {
  const standalone = svg.outerHTML.replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ');
  const png = join(scratch, `${name}.png`);
  writeFileSync(png, new Resvg(standalone, { fitTo: { mode: "width", value: 400 } }).render().asPng());
  const result = spawnSync("zbarimg", ["--raw", "-q", png], { encoding: "utf8" });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw new Error("Reading the QR codes needs `zbarimg`, from Debian's zbar-tools package: apt-get install zbar-tools");
  }
  if (result.error) throw result.error;
  // zbarimg exits with 4 when it finds no code: that is an empty list, not a failure.
  if (result.status !== 0 && result.status !== 4) throw new Error(`zbarimg exited with ${result.status}: ${result.stderr}`);
  return result.stdout.split("\n").filter(Boolean);
}

describe("the printed sheet's QR codes", () => {
  const pages = builtPages().filter(({ path }) => path.startsWith(ARTICLE));

  it("are on the article and on each drill's page", () => {
    expect(pages.map(({ path }) => path).sort()).toEqual([ARTICLE, ...DRILLS.map(({ path }) => path)].sort());
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    "%s: each drill's code opens the drill's page on the site, in the build's folder, and says so to a screen reader",
    (path, page) => {
      const codes = [...page.document.querySelectorAll(".exercise-sheet .qr svg")];
      expect(codes.map((svg) => svg.getAttribute("role"))).toEqual(DRILLS.map(() => "img"));
      expect(codes.map((svg) => svg.getAttribute("aria-label"))).toEqual(DRILLS.map(({ label }) => label));
      expect(codes.map((svg, index) => scan(svg, `${path.replaceAll("/", "_")}${index}`))).toEqual(
        DRILLS.map(({ path }) => [onSite(path)]),
      );
    },
  );
});
