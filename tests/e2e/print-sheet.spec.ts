import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { readPrintedPdf, tool, type PrintedPage } from "./printed-pdf";
import { ARTICLE, ARTICLE_PATH, SECOND_DRILL, SITE, expect, openPage, squash, test } from "./support";

/** The article's drills as a reader sees them: time, name, the part of the video, and the page it has. */
const DRILLS = ARTICLE.drills.map((drill) => ({
  time: drill.at,
  title: drill.title,
  span: drill.span,
  url: drill.sharedAddress,
}));

/** Prints the page to an A4 PDF, as a reader would, and reads back each sheet of paper. */
async function printToA4(page: Page, name: string, dir: string): Promise<PrintedPage[]> {
  return readPrintedPdf(await page.pdf({ format: "A4" }), name, dir);
}

/**
 * How each page of a PDF takes ink, rendered at 50 dpi: the share of pixels that are coloured
 * (not grey) and the share that are not white paper.
 */
function inkOnPaper(pdf: string, dir: string): { coloured: number; covered: number }[] {
  const prefix = join(dir, "ink");
  tool("pdftoppm", "poppler-utils", ["-r", "50", pdf, prefix]);
  return readdirSync(dir)
    .filter((file) => file.startsWith("ink-") && file.endsWith(".ppm"))
    .sort()
    .map((file) => {
      const ppm = readFileSync(join(dir, file));
      // Binary PPM: "P6", width, height, maxval, each after white space, then RGB bytes.
      const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString("latin1"));
      if (!header) throw new Error(`${file} is not a binary PPM`);
      const pixels = ppm.subarray(header[0].length);
      let coloured = 0;
      let covered = 0;
      for (let i = 0; i < pixels.length; i += 3) {
        const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 24) coloured += 1;
        if (Math.min(r, g, b) < 250) covered += 1;
      }
      const count = pixels.length / 3;
      return { coloured: coloured / count, covered: covered / count };
    });
}

test.describe("the exercise sheet", () => {
  test("on screen it is not there: not shown, not in the accessibility tree, nothing fetched for it", async ({ page }) => {
    const images: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "image") images.push(request.url());
    });
    await openPage(page, ARTICLE_PATH);
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("End"); // the whole page has been in view
    await page.waitForLoadState("networkidle");

    await expect(page.getByRole("img", { name: /QR code/, includeHidden: true })).toHaveCount(DRILLS.length);
    await expect(page.getByRole("img", { name: /QR code/ })).toHaveCount(0);
    await expect(page.getByText(/Scan to play/)).toHaveCount(DRILLS.length);
    for (const text of await page.getByText(/Scan to play/).all()) await expect(text).toBeHidden();
    expect(images).toEqual([]); // its QR codes are drawn in the page
  });

  for (const [name, path] of [
    ["article", ARTICLE_PATH],
    ["drill-page", SECOND_DRILL.path],
  ] as const) {
    test(`printing the ${name.replace("-", " ")} gives one A4 sheet: each drill with its time, span, address and a QR code that opens it`, async ({
      page,
    }, testInfo) => {
      await openPage(page, path);
      const printed = await printToA4(page, name, testInfo.outputDir);
      expect(printed).toHaveLength(1);
      const [sheet] = printed as [PrintedPage];
      // An address wraps only after one of its slashes, so rejoining those lines gives it back whole.
      const text = squash(sheet.text.replace(/\/\n/g, "/"));

      expect(text.startsWith(`${ARTICLE.title} Back in Motion · ${new URL(ARTICLE_PATH, SITE).href}`), text).toBe(true);
      expect(sheet.qrCodes.sort()).toEqual(DRILLS.map((drill) => drill.url).sort());
      for (const drill of DRILLS) {
        expect(text).toContain(`${drill.time} ${drill.title}`);
        expect(text).toContain(drill.span);
        expect(text).toContain(`Scan to play from ${drill.time}`);
        expect(text).toContain(drill.url);
      }
      // The sheet alone: not the article's text, player or drill list; the footer's caution stays.
      expect(text).not.toContain("In a hurry?");
      expect(text).not.toContain("Watch on YouTube");
      expect(text).not.toContain("youtube.com");
      expect(text).toContain("not medical advice");

      // Dark ink on white: nothing in colour, no filled backgrounds.
      const [paper] = inkOnPaper(join(testInfo.outputDir, `${name}.pdf`), testInfo.outputDir);
      expect(paper?.coloured).toBe(0);
      expect(paper?.covered).toBeLessThan(0.12);
    });
  }

  test("a sheet longer than a page breaks between drills, never inside one", async ({ page }, testInfo) => {
    await openPage(page, ARTICLE_PATH);
    // Four times the drills: more than one sheet of A4 holds.
    await page.locator(".exercise-sheet ol").evaluate((list) => {
      const blocks = [...list.children];
      for (let copy = 1; copy < 4; copy += 1) for (const block of blocks) list.append(block.cloneNode(true));
    });
    const printed = await printToA4(page, "long-sheet", testInfo.outputDir);
    expect(printed.length).toBeGreaterThan(1);

    const perPage = printed.map((sheet, index) => {
      const text = squash(sheet.text.replace(/\/\n/g, "/"));
      let onPage = 0;
      for (const drill of DRILLS) {
        const names = text.split(`${drill.time} ${drill.title}`).length - 1;
        const addresses = text.split(drill.url).length - 1;
        const codes = sheet.qrCodes.filter((code) => code === drill.url).length;
        // Every block on this page has its name, address and code here, and no part of one is elsewhere.
        expect({ page: index + 1, drill: drill.time, names, addresses, codes }).toEqual({
          page: index + 1,
          drill: drill.time,
          names,
          addresses: names,
          codes: names,
        });
        onPage += names;
      }
      return onPage;
    });
    expect(perPage.reduce((sum, count) => sum + count, 0)).toBe(4 * DRILLS.length);
    // Two or three drills to a page of A4, as the design asks; the last page takes what is left.
    for (const count of perPage.slice(0, -1)) expect([2, 3]).toContain(count);
  });
});
