import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_SITE } from "../builds";
import { ARTICLE } from "../site-facts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDirs: string[] = [];

/** Builds the site from `articlesDir` into a throwaway folder; returns what the build printed. */
function build(articlesDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), "site-build-"));
  outDirs.push(outDir);
  const result = spawnSync(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "build", "--site", TEST_SITE, "--outDir", outDir],
    {
      cwd: root,
      env: { ...process.env, ARTICLES_DIR: articlesDir, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
      encoding: "utf8",
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Every file a build wrote, with its text (binary files are searched as Latin-1, which keeps ASCII). */
function builtFiles(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(file.slice(outDir.length + 1), readFileSync(file, "latin1"));
  }
  return files;
}

/** A content mistake is the author's, not the code's: its message comes without a stack trace. */
function expectNoStackTrace(output: string) {
  expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
}

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe("building the site", () => {
  it("warns once, naming the file and field, while the article's video id is the placeholder", () => {
    const { status, output } = build("./content/articles");
    expect(status).toBe(0);
    const warnings = output.split("\n").filter((line) => line.includes("video.youtubeId"));
    expect(warnings).toHaveLength(1);
    // The line of the file the id is written on.
    const idLine =
      readFileSync(join(root, ARTICLE.file), "utf8")
        .split("\n")
        .findIndex((line) => /^\s*youtubeId:/.test(line)) + 1;
    expect(warnings[0]).toContain(`${ARTICLE.file}, line ${idLine}: video.youtubeId "${ARTICLE.videoId}" is the placeholder.`);
  });

  it("fails on bad content with the file, each field and each value", () => {
    const { status, output } = build("./tests/fixtures/unordered-chapters");
    expect(status).not.toBe(0);
    expect(output).toContain("tests/fixtures/unordered-chapters/broken-article.mdx");
    expect(output).toMatch(/line 7, video\.youtubeId: .*"https:\/\/youtu\.be\/dQw4w9WgXcQ"/);
    expect(output).toContain(
      `line 15, chapter 2, "Earlier drill", at: "4:20" must come after the previous chapter's "6:02": chapters are listed in the order they happen`,
    );
    expectNoStackTrace(output);
  });

  it.each([
    [
      "two chapters with the same time and slug",
      "duplicate-chapters/twice-the-same-drill.mdx",
      [
        /line \d+, chapter 2, "[^"]+", at: "4:20" is already the time of chapter 1/,
        /line \d+, chapter 2, "[^"]+", slug: "kneeling-stretch" is already the slug of chapter 1/,
      ],
    ],
    [
      "a chapter after the video ends",
      "chapter-past-the-end/late-chapter.mdx",
      [/line \d+, chapter 1, "[^"]+", at: "9:15" is not inside the video/],
    ],
    [
      "chapter ends before their start or after the video",
      "chapter-end-before-start/backwards-drill.mdx",
      [
        /line \d+, chapter 1, "[^"]+", end: "3:00" must come after the chapter's start, "4:20"/,
        /line \d+, chapter 2, "[^"]+", end: "9:00" is not inside the video, which is 8:00 long/,
      ],
    ],
    ["a missing title", "missing-title/untitled.mdx", [/title: Expected the title as text, got nothing/]],
    [
      "a day that does not exist",
      "impossible-date/february-30.mdx",
      [/line 4, publishDate: Expected a date like 2026-11-25, got "2026-02-30"/],
    ],
    ["a date in words", "not-a-date/next-week.mdx", [/line 4, publishDate: Expected a date like 2026-11-25, got "next week"/]],
  ])("fails on %s, naming the file, the field and the value", (_, file, problems) => {
    const { status, output } = build(`./tests/fixtures/${file.split("/")[0]}`);
    expect(status).not.toBe(0);
    expect(output).toContain(`tests/fixtures/${file}`);
    for (const problem of problems) expect(output).toMatch(problem);
    expectNoStackTrace(output);
  });

  it("fails on repeated and empty topics, naming the file, each field and each value", () => {
    const { status, output } = build("./tests/fixtures/bad-topics");
    expect(status).not.toBe(0);
    expect(output).toContain("tests/fixtures/bad-topics/tangled-topics.mdx");
    expect(output).toMatch(/topics\.2: "lower-back" is already topics\[1\] \("Lower back"\): list each topic once/);
    expect(output).toMatch(/topics\.3: The topic must not be empty/);
  });

  it("fails on an article whose address is one of the site's own pages, naming the file", () => {
    const { status, output } = build("./tests/fixtures/reserved-address");
    expect(status).not.toBe(0);
    expect(output).toContain("tests/fixtures/reserved-address/drills.mdx has a mistake to fix:");
    expect(output).toMatch(/^\s+The address \/drills\/ belongs to the site's own pages \(.*\); rename the file$/m);
    expectNoStackTrace(output);
  });

  it("fails on a timestamp link outside the video, naming the file and the time", () => {
    const { status, output } = build("./tests/fixtures/timestamp-past-the-end");
    expect(status).not.toBe(0);
    expect(output).toContain("tests/fixtures/timestamp-past-the-end/late-timestamp.mdx has a mistake to fix:");
    expect(output).toContain('line 13: `<Timestamp at="9:15">` is not inside the video, which is 8:00 long.');
    expectNoStackTrace(output);
  });
});

describe("an owner's mistakes in an article's text and frontmatter", () => {
  // One build of four broken files: it stops once, listing every file's mistakes.
  let result: ReturnType<typeof build>;
  const mistakesOf = (file: string) => {
    const block = result.output.split(/\n(?=\S)/).find((part) => part.includes(`tests/fixtures/owner-mistakes/${file}`));
    return block ?? "";
  };

  it("stops the build without a stack trace", () => {
    result = build("./tests/fixtures/owner-mistakes");
    expect(result.status).not.toBe(0);
    expectNoStackTrace(result.output);
  });

  it("says where to put a missing <Video />", () => {
    expect(mistakesOf("no-player.mdx")).toContain("tests/fixtures/owner-mistakes/no-player.mdx has a mistake to fix:");
    expect(mistakesOf("no-player.mdx")).toContain(
      "The article has a video (`video:` in the frontmatter) but its text has no `<Video />`. Put `<Video />` on a line of its own where the player should appear",
    );
  });

  it("points at the second <Video /> and the first", () => {
    expect(mistakesOf("two-players.mdx")).toContain(
      "line 22: a second `<Video />` (the first is on line 18): an article shows its video once. Keep the one where the player should appear and delete the other.",
    );
  });

  it("names the components there are and the one meant for a misspelt one", () => {
    const message = mistakesOf("misspelt-player.mdx");
    expect(message).toContain("line 15: `<Vidoe>` is not a component articles have. Did you mean `<Video />`?");
    expect(message).toContain('Articles can use `<Video />`, `<Timestamp at="4:20">…</Timestamp>` and `<Summary>…</Summary>`.');
    // The misspelt player is the missing one: one message, not two.
    expect(message).not.toContain("has no `<Video />`");
  });

  it("tells the author to quote a title with a colon in it", () => {
    expect(mistakesOf("stiff-neck.mdx")).toContain(
      'line 2: the frontmatter is not valid YAML (bad indentation of a mapping entry). The value of title has ": " in it, which YAML reads as the start of another field: put the value in quotes, `title: "Stiff neck: three ways"`.',
    );
  });
});

describe("drafts and articles dated in the future", () => {
  let result: ReturnType<typeof build>;
  let files: Map<string, string>;
  const held = ["still-a-draft", "next-century"];
  const heldTitles = ["Half-written thoughts on neck pain", "An article scheduled for later"];

  it("builds, saying which articles it held back and why, one line each", () => {
    result = build("./tests/fixtures/publishing");
    expect(result.status).toBe(0);
    const lines = result.output.split("\n").filter((line) => line.includes("held back"));
    expect(lines).toEqual(
      expect.arrayContaining([
        "[articles] tests/fixtures/publishing/still-a-draft.mdx: held back, it is a draft (draft: true). `npm run dev` shows it; remove the line to publish it.",
        "[articles] tests/fixtures/publishing/next-century.mdx: held back until 2099-01-15, its publishDate. The first build on or after that day publishes it.",
      ]),
    );
    expect(lines).toHaveLength(2);
    files = builtFiles(result.outDir);
  });

  it("publishes the article that is due", () => {
    expect(existsSync(join(result.outDir, "from-the-template/index.html"))).toBe(true);
    expect(files.get("rss.xml")).toContain("The article readers can read");
    expect(files.get("llms.txt")).toContain("The article readers can read");
    expect(files.get("sitemap-0.xml")).toContain("/from-the-template/");
  });

  it("leaves the held-back articles out of every page, list, feed, sitemap, card and file", () => {
    for (const slug of held) {
      const mentions = [...files].filter(([, text]) => text.includes(slug)).map(([file]) => file);
      expect(mentions, `files naming ${slug}`).toEqual([]);
    }
    for (const title of heldTitles) {
      const mentions = [...files].filter(([, text]) => text.includes(title)).map(([file]) => file);
      expect(mentions, `files showing "${title}"`).toEqual([]);
    }
    // The pages that list articles are there, and list only the published one.
    for (const file of ["index.html", "rss.xml", "llms.txt", "sitemap-0.xml"]) expect(files.has(file)).toBe(true);
  });

  it("warns about a video id copied from the README's example", () => {
    const warning = result.output.split("\n").find((line) => line.includes("from-the-template.mdx"));
    expect(warning).toBe(
      "[articles] tests/fixtures/publishing/from-the-template.mdx, line 7: video.youtubeId \"dQw4w9WgXcQ\" is a well-known example video, not this article's. Replace the placeholder with the video's 11-character YouTube id (see README).",
    );
  });
});
