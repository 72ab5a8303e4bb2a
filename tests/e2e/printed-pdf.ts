import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Runs one of the Debian tools the print tests read PDFs with, failing with the package to
 * install when it is missing. `alsoFine` lists exit statuses besides 0 that are an answer.
 */
export function tool(command: string, pkg: string, args: string[], alsoFine: number[] = []): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw new Error(`The print test needs \`${command}\`, from Debian's ${pkg} package: apt-get install ${pkg}`);
  }
  if (result.error) throw result.error;
  if (result.status !== 0 && !alsoFine.includes(result.status ?? -1)) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

export interface PrintedPage {
  /** The page's text, as pdftotext reads it. */
  text: string;
  /** What every QR code on the page decodes to. */
  qrCodes: string[];
  /** The page as a 150 dpi PNG. */
  png: string;
}

/** Saves a printed PDF as `dir/name.pdf` and reads back each sheet of paper, as a reader would. */
export function readPrintedPdf(pdf: Buffer, name: string, dir: string): PrintedPage[] {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  tool("pdftoppm", "poppler-utils", ["-r", "150", "-png", file, join(dir, name)]);
  const pngs = readdirSync(dir)
    .filter((png) => png.startsWith(`${name}-`) && png.endsWith(".png"))
    .sort()
    .map((png) => join(dir, png));
  return pngs.map((png, index) => ({
    png,
    text: tool("pdftotext", "poppler-utils", ["-f", `${index + 1}`, "-l", `${index + 1}`, file, "-"]),
    // zbarimg exits with 4 when it finds no code: that is an empty list, not a failure.
    qrCodes: tool("zbarimg", "zbar-tools", ["--raw", "-q", png], [4]).split("\n").filter(Boolean),
  }));
}
