// `npm run new`: the draft it writes, what it refuses, and a build of the draft as it stands.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { articleSchema } from "../../src/lib/content/article-schema";
import { buildCopy, copyProject, type ProjectCopy } from "../../tools/project-copy";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tempDirs: string[] = [];
const copies: ProjectCopy[] = [];
const TITLE = "Three ways to ease a stiff neck";
const FILE = "three-ways-to-ease-a-stiff-neck.mdx";

function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** `npm run new -- <args>`, writing into `articlesDir`. */
function newArticle(articlesDir: string, ...args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", "new", "--", ...args], {
    cwd: root,
    env: { ...process.env, ARTICLES_DIR: articlesDir },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A project copy (its own Astro cache, so no other build test's content gets in) holding the
 * article `npm run new` writes, edited by `edit`; the build's output, or its failure with it.
 */
async function buildNewArticle(edit: (source: string) => string = (source) => source) {
  const copy = copyProject("new-article-build-");
  copies.push(copy);
  expect(newArticle(copy.articlesDir, TITLE).status).toBe(0);
  const file = join(copy.articlesDir, FILE);
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  const { output } = await buildCopy(copy);
  return { output, built: (path: string) => existsSync(join(copy.distDir, path)) };
}

/** Today as the frontmatter writes it, in this computer's time zone. */
function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  for (const copy of copies) copy.remove();
});

describe("npm run new", () => {
  it("writes a draft named after the title, with the whole frontmatter, a <Video /> and a <Summary>", () => {
    const dir = tempDir("new-article-");
    const { status, stdout } = newArticle(dir, TITLE);
    expect(status).toBe(0);
    expect(readdirSync(dir)).toEqual([FILE]);
    expect(stdout).toContain(`${FILE}, a draft`);
    const source = readFileSync(join(dir, FILE), "utf8");
    const frontmatter = source.split("---\n")[1] ?? "";
    for (const line of [
      `title: "${TITLE}"`,
      "description: ",
      `publishDate: ${today()}`,
      'author: "Back in Motion"',
      "draft: true",
      "youtubeId: SET_VIDEOID",
      'duration: "8:00"',
      "  - title: First drill",
      '    at: "1:00"',
      "    slug: first-drill",
    ]) {
      expect(frontmatter).toContain(line);
    }
    const body = source.split("---\n").slice(2).join("---\n");
    expect(body.match(/<Video \/>/g)).toHaveLength(1);
    expect(body).toMatch(/<Summary>[\s\S]*<Timestamp at="1:00">[\s\S]*<\/Summary>/);
  });

  it("keeps a title with a colon or quotes as one value", () => {
    const dir = tempDir("new-article-");
    expect(newArticle(dir, 'Stiff neck: the "three ways"').status).toBe(0);
    expect(readFileSync(join(dir, "stiff-neck-the-three-ways.mdx"), "utf8")).toContain(
      'title: "Stiff neck: the \\"three ways\\""',
    );
  });

  it("refuses to write over an article that is already there", () => {
    const dir = tempDir("new-article-");
    writeFileSync(join(dir, FILE), "my finished article");
    const { status, stderr } = newArticle(dir, TITLE);
    expect(status).toBe(1);
    expect(stderr).toContain(`${FILE} already exists, so nothing was written`);
    expect(readFileSync(join(dir, FILE), "utf8")).toBe("my finished article");
  });

  it.each([
    ["no title", []],
    ["an empty title", ["  "]],
  ])("refuses %s, saying how to give one", (_, args) => {
    const dir = tempDir("new-article-");
    const { status, stderr } = newArticle(dir, ...args);
    expect(status).toBe(1);
    expect(stderr).toContain("No title given, so no article was written.");
    expect(stderr).toContain('npm run new -- "Three ways to ease a stiff neck"');
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a title with nothing to make an address from", () => {
    const { status, stderr } = newArticle(tempDir("new-article-"), "???");
    expect(status).toBe(1);
    expect(stderr).toContain('The title "???" has no letters or digits');
  });

  // Once drafts exist (`draft:` in src/lib/content/article-schema.ts), the draft builds as it stands.
  const draftsExist = articleSchema.safeParse({
    title: "t",
    description: "d",
    publishDate: "2026-11-25",
    author: "a",
    draft: true,
    video: { youtubeId: "SET_VIDEOID", title: "v", duration: "8:00" },
    chapters: [],
  }).success;

  it.runIf(draftsExist)("writes a draft that builds as it stands", async () => {
    const { output } = await buildNewArticle();
    expect(output).not.toMatch(/error/i);
  });

  it("writes an article that builds once its draft line is gone, warning only that the video id is the placeholder", async () => {
    const { output, built } = await buildNewArticle((source) => source.replace(/^draft: true\n/m, ""));
    expect(built("three-ways-to-ease-a-stiff-neck/index.html")).toBe(true);
    expect(built("three-ways-to-ease-a-stiff-neck/first-drill/index.html")).toBe(true);
    const warnings = output.split("\n").filter((line) => /warn|placeholder/i.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(`${FILE.replaceAll(".", "\\.")}, line \\d+: video\\.youtubeId "SET_VIDEOID" is the placeholder`),
    );
  });
});
