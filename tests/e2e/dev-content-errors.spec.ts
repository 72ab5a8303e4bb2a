import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { copyProject, ROOT, type ProjectCopy } from "../../tools/project-copy";
import { ARTICLE as FACTS, FIRST_DRILL, SECOND_DRILL } from "../site-facts";

// `npm run dev` in a throwaway copy of the project, on a port of its own: 50 above PORT, or DEV_PORT.
const DEV_PORT = Number(process.env["DEV_PORT"] ?? Number(process.env["PORT"] ?? 4321) + 50);
const ARTICLE = FACTS.slug;
const source = readFileSync(path.join(ROOT, "content/articles", `${ARTICLE}.mdx`), "utf8");
const TITLE = FACTS.title;
/** The article with its second chapter's time mistyped ("6:02" → "6:0x"), and the line of the file it is on. */
const SECOND_AT = `at: "${SECOND_DRILL.at}"`;
const MISTYPED = `${SECOND_DRILL.at.slice(0, -1)}x`;
const broken = source.replace(SECOND_AT, `at: "${MISTYPED}"`);
const MISTAKE_LINE = source.split("\n").findIndex((line) => line.includes(SECOND_AT)) + 1;

/** A draft, which `npm run dev` shows, marked, and builds leave out. */
const DRAFT = source
  .replace(/^title: .*$/m, "title: Notes on a stiff neck")
  .replace(/^publishDate: .*$/m, "publishDate: 2026-11-25\ndraft: true");

let copy: ProjectCopy;
let server: ChildProcess;
let output = "";

test.describe.configure({ mode: "serial" });
// A dev server on a busy machine can take a minute or more to start.
test.setTimeout(240_000);

test.beforeAll(async () => {
  expect(broken).not.toBe(source);
  copy = copyProject("site-dev-");
  writeFileSync(path.join(copy.articlesDir, `${ARTICLE}.mdx`), broken);
  writeFileSync(path.join(copy.articlesDir, "neck-notes.mdx"), DRAFT);
  server = spawn(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "dev", "--port", String(DEV_PORT), "--host", "127.0.0.1"],
    {
      cwd: copy.root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => output, { timeout: 180_000 }).toMatch(/ready in/);
});

test.afterAll(() => {
  server.kill();
  copy.remove();
});

const overlayMessage = (page: Page) => page.locator("vite-error-overlay #message-content");

/**
 * Opens a page of the dev server and waits for the mistake's message on it. The dev server may
 * reload the page meanwhile (after optimising a dependency it met, or after a change), which
 * cancels a navigation or holds its load event on a busy machine: each try is bounded, and the
 * page is opened again then.
 */
async function openShowingMistake(page: Page, address: string, text: string) {
  await expect(async () => {
    await page.goto(address, { waitUntil: "domcontentloaded", timeout: 15_000 });
    await expect(overlayMessage(page)).toContainText(text, { timeout: 10_000 });
  }).toPass({ timeout: 90_000 });
}

test("npm run dev shows a content mistake in the page until it is fixed", async ({ page }) => {
  const url = `http://127.0.0.1:${DEV_PORT}/${ARTICLE}/`;
  // The mistake is on the page, with the file, the chapter and the value, not only in the terminal.
  await openShowingMistake(page, url, `content/articles/${ARTICLE}.mdx has a mistake to fix:`);
  await expect(overlayMessage(page)).toContainText(
    `line ${MISTAKE_LINE}, chapter 2, "${SECOND_DRILL.title}", at: Expected a time like "4:20" (m:ss) or "1:02:03", got "${MISTYPED}"`,
  );

  await expect(page.locator("vite-error-overlay #title")).toHaveText("An article needs a fix");
  await expect(page.locator("vite-error-overlay #hint-content")).toContainText("the page reloads by itself");

  // Fixed, the page reloads by itself and shows the article.
  writeFileSync(path.join(copy.articlesDir, `${ARTICLE}.mdx`), source);
  await expect(page.locator(".article-header h1")).toHaveText(TITLE, { timeout: 20_000 });
  await expect(page.locator("vite-error-overlay")).toHaveCount(0);

  // The draft is there for its author, marked as one, on its page and in the list.
  await page.goto(`http://127.0.0.1:${DEV_PORT}/neck-notes/`, { waitUntil: "domcontentloaded" });
  await expect(page.locator(".article-header h1")).toHaveText("Notes on a stiff neck");
  await expect(page.locator(".article-header")).toContainText("Draft");
  await expect(page.locator(".article-header")).toContainText("builds leave it out");
  await page.goto(`http://127.0.0.1:${DEV_PORT}/`, { waitUntil: "domcontentloaded" });
  await expect(page.locator(".article-row", { hasText: "Notes on a stiff neck" })).toContainText("Draft");
  await expect(page.locator(".article-row", { hasText: TITLE })).not.toContainText("Draft");
  await page.goto(url, { waitUntil: "domcontentloaded" });

  // Broken again while the page is open: the page shows it without being reloaded by hand.
  writeFileSync(path.join(copy.articlesDir, `${ARTICLE}.mdx`), broken);
  await expect(overlayMessage(page)).toContainText(`got "${MISTYPED}"`, { timeout: 20_000 });

  // And a drill's page, opened, says the same: every page does until it is fixed.
  await openShowingMistake(page, `${url}${FIRST_DRILL.slug}/`, `got "${MISTYPED}"`);
});

test("npm run dev starts without alarming messages", () => {
  expect(output).not.toContain("Failed to run dependency scan");
  // The terminal names the mistake too, without a stack trace.
  expect(output).toContain(`chapter 2, "${SECOND_DRILL.title}", at:`);
  expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
});
