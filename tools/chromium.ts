import { existsSync } from "node:fs";

/**
 * The Chromium the browser tests and the benchmark drive: Debian's where it is installed
 * (Playwright cannot download its own browser everywhere), or any build CHROMIUM_PATH names;
 * `undefined` means Playwright's own.
 */
export function systemChromium(): string | undefined {
  const path = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
  return existsSync(path) ? path : undefined;
}

/** No sandbox for root, and none of Chromium's own background traffic, which a closed network would see. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-gpu",
  // A page with a form field (the header's search) makes Chromium ask Google about it.
  "--disable-features=AutofillServerCommunication",
];
