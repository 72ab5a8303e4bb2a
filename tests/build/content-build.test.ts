import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDirs: string[] = [];

/** Builds the site from `articlesDir` into a throwaway folder; returns what the build printed. */
function build(articlesDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), "site-build-"));
  outDirs.push(outDir);
  const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", outDir], {
    cwd: root,
    env: { ...process.env, ARTICLES_DIR: articlesDir, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
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
    expect(warnings[0]).toContain("content/articles/are-you-making-your-back-worse-with-the-way-you-are-stretching.mdx");
    expect(warnings[0]).toContain("placeholder");
  });

  it("fails on bad content with the file, each field and each value", () => {
    const { status, output } = build("./tests/fixtures/unordered-chapters");
    expect(status).not.toBe(0);
    expect(output).toContain("tests/fixtures/unordered-chapters/broken-article.mdx");
    expect(output).toMatch(/video\.youtubeId: .*"https:\/\/youtu\.be\/dQw4w9WgXcQ"/);
    expect(output).toMatch(/chapters\.1\.at: "4:20" must come after the previous chapter's "6:02"/);
  });

  it.each([
    [
      "two chapters with the same time and slug",
      "duplicate-chapters/twice-the-same-drill.mdx",
      [
        /chapters\.1\.at: "4:20" is already the time of chapters\[0\]/,
        /chapters\.1\.slug: "kneeling-stretch" is already the slug of chapters\[0\]/,
      ],
    ],
    [
      "a chapter after the video ends",
      "chapter-past-the-end/late-chapter.mdx",
      [/chapters\.0\.at: "9:15" is not inside the video/],
    ],
    [
      "chapter ends before their start or after the video",
      "chapter-end-before-start/backwards-drill.mdx",
      [
        /chapters\.0\.end: "3:00" must come after the chapter's start, "4:20"/,
        /chapters\.1\.end: "9:00" is not inside the video, which is 8:00 long/,
      ],
    ],
    ["a missing title", "missing-title/untitled.mdx", [/title: Expected the title as text, got nothing/]],
    [
      "a day that does not exist",
      "impossible-date/february-30.mdx",
      [/publishDate: Expected a date like 2026-11-25, got "2026-02-30"/],
    ],
    ["a date in words", "not-a-date/next-week.mdx", [/publishDate: Expected a date like 2026-11-25, got "next week"/]],
  ])("fails on %s, naming the file, the field and the value", (_, file, problems) => {
    const { status, output } = build(`./tests/fixtures/${file.split("/")[0]}`);
    expect(status).not.toBe(0);
    expect(output).toContain(`tests/fixtures/${file}`);
    for (const problem of problems) expect(output).toMatch(problem);
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
    expect(output).toMatch(
      /tests\/fixtures\/reserved-address\/drills\.mdx: the address \/drills\/ belongs to the site's own pages/,
    );
  });

  it("fails on a timestamp link outside the video, naming the file and the time", () => {
    const { status, output } = build("./tests/fixtures/timestamp-past-the-end");
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /late-timestamp\.mdx: <Timestamp at="9:15"> needs a time like "4:20" inside the video, which is 8:00 long/,
    );
  });
});
