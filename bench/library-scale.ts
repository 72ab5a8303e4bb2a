// What a library of many articles costs the reader and the host: the home page's HTML, the
// search index, what a first search for a drill's name downloads, and the longest line of
// `_headers` (Cloudflare Pages reads at most 2,000 characters a line and 100 rules).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, systemChromium } from "../tools/chromium.ts";
import { BenchError } from "./errors.ts";

export interface LibraryFigures {
  /** The home page's HTML as built, and gzipped. */
  homeHtmlBytes: number;
  homeHtmlGzipBytes: number;
  /** Every file of the search index (dist/pagefind/), as built. */
  searchIndexBytes: number;
  searchIndexFiles: number;
  /** A first search for `query` from the home page: every file it fetched, gzipped as a host would send it. */
  firstSearch: { query: string; requests: number; gzipBytes: number };
  headersLongestLine: number;
  headersRules: number;
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

/**
 * Opens the built home page in Chromium, presses Search, types `query` and waits for a result
 * naming it; returns the gzipped size of everything fetched from pressing Search on.
 */
async function measureFirstSearch(dist: string, query: string): Promise<LibraryFigures["firstSearch"]> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) file = dist;
    try {
      if (statSync(file).isDirectory()) file = path.join(file, "index.html");
      const body = readFileSync(file);
      response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const executablePath = systemChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`, { waitUntil: "networkidle" });
    const fetched: string[] = [];
    page.on("requestfinished", (request) => fetched.push(new URL(request.url()).pathname));
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("searchbox").fill(query);
    await page.locator("#site-search a", { hasText: query }).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const gzipBytes = fetched.reduce((sum, pathname) => sum + gzipSize(readFileSync(path.join(dist, pathname))), 0);
    return { query, requests: fetched.length, gzipBytes };
  } catch (error) {
    throw new BenchError(
      `a first search for "${query}" found nothing: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

/** The figures above for a built site in `dist`, searching for the drill named `drillName`. */
export async function measureLibrary(dist: string, drillName: string): Promise<LibraryFigures> {
  const home = readFileSync(path.join(dist, "index.html"));
  const index = readdirSync(path.join(dist, "pagefind"), { recursive: true, encoding: "utf8" })
    .map((file) => path.join(dist, "pagefind", file))
    .filter((file) => statSync(file).isFile());
  const headers = readFileSync(path.join(dist, "_headers"), "utf8").split("\n");
  return {
    homeHtmlBytes: home.length,
    homeHtmlGzipBytes: gzipSize(home),
    searchIndexBytes: index.reduce((sum, file) => sum + statSync(file).size, 0),
    searchIndexFiles: index.length,
    firstSearch: await measureFirstSearch(dist, drillName),
    headersLongestLine: Math.max(...headers.map((line) => line.length)),
    headersRules: headers.filter((line) => line !== "" && !/^\s|^#/.test(line)).length,
  };
}
