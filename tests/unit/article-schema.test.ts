import { describe, expect, it } from "vitest";
import { articleSchema } from "../../src/lib/content/article-schema";

/** Frontmatter as an author writes it (YAML already parsed). */
function frontmatter(overrides: Record<string, unknown> = {}) {
  return {
    title: "Are You Making Your Back Worse With The Way You Are Stretching?",
    description: "Why forcing stretches may not help.",
    publishDate: new Date("2026-11-25"),
    author: "Back in Motion",
    video: { youtubeId: "dQw4w9WgXcQ", title: "The video", duration: "8:00" },
    chapters: [
      { title: "Kneeling hip internal rotator stretch", at: "4:20", slug: "kneeling-hip-internal-rotator-stretch" },
      { title: "Standing hip internal rotator drill", at: "6:02", slug: "standing-hip-internal-rotator-drill" },
    ],
    ...overrides,
  };
}

/** Each problem as "path: message", the way the build reports it. */
function problems(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("article frontmatter", () => {
  it("accepts the article as written and reads times as seconds", () => {
    const article = articleSchema.parse(frontmatter());
    expect(article.video.duration).toBe(480);
    expect(article.chapters.map((chapter) => chapter.at)).toEqual([260, 362]);
  });

  it("accepts a date written as text", () => {
    expect(articleSchema.parse(frontmatter({ publishDate: "2026-11-25" })).publishDate.toISOString()).toBe(
      "2026-11-25T00:00:00.000Z",
    );
  });

  it("accepts an article without chapters", () => {
    expect(problems(frontmatter({ chapters: [] }))).toEqual([]);
  });

  it.each([
    ["too short", "dQw4w9WgXc"],
    ["too long", "dQw4w9WgXcQQ"],
    ["a character YouTube never uses", "dQw4w9WgX!Q"],
    ["a whole watch address", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
  ])("rejects a video id that is %s, naming the field and the value", (_, youtubeId) => {
    const found = problems(frontmatter({ video: { youtubeId, title: "The video", duration: "8:00" } }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^video\.youtubeId: /);
    expect(found[0]).toContain(`"${youtubeId}"`);
  });

  it("rejects a chapter time that is not m:ss", () => {
    const chapters = [{ title: "Drill", at: "4m20s", slug: "drill" }];
    expect(problems(frontmatter({ chapters }))).toEqual([
      `chapters.0.at: Expected a time like "4:20" (m:ss) or "1:02:03", got "4m20s"`,
    ]);
  });

  it.each([
    [
      "rejects a chapter at or after the end of the video",
      ["4:20", "8:00"],
      expect.stringMatching(/^chapters\.1\.at: "8:00" is not inside the video, which is 8:00 long/),
    ],
    [
      "rejects chapters out of order, naming both times",
      ["6:02", "4:20"],
      expect.stringMatching(/^chapters\.1\.at: "4:20" must come after the previous chapter's "6:02"/),
    ],
    [
      "rejects two chapters at the same time",
      ["4:20", "4:20"],
      `chapters.1.at: "4:20" is already the time of chapter 1: each chapter starts at its own moment`,
    ],
  ])("%s", (_, times, problem) => {
    const chapters = times.map((at, index) => ({ title: `Drill ${index + 1}`, at, slug: `drill-${index + 1}` }));
    expect(problems(frontmatter({ chapters }))).toEqual([problem]);
  });

  it("reads a chapter's end as seconds when it gives one", () => {
    const chapters = [{ title: "Drill", at: "4:20", end: "5:01", slug: "drill" }];
    expect(articleSchema.parse(frontmatter({ chapters })).chapters[0]?.end).toBe(301);
  });

  it.each([
    ["at its start", "4:20", `chapters.0.end: "4:20" must come after the chapter's start, "4:20"`],
    ["before its start", "3:00", `chapters.0.end: "3:00" must come after the chapter's start, "4:20"`],
    ["past the end of the video", "8:01", `chapters.0.end: "8:01" is not inside the video, which is 8:00 long`],
    ["not a time", "soon", `chapters.0.end: Expected a time like "4:20" (m:ss) or "1:02:03", got "soon"`],
  ])("rejects a chapter end %s, naming the field and the value", (_, end, problem) => {
    const chapters = [{ title: "Drill", at: "4:20", end, slug: "drill" }];
    expect(problems(frontmatter({ chapters }))).toEqual([problem]);
  });

  it("accepts a chapter that ends exactly where the video ends", () => {
    const chapters = [{ title: "Drill", at: "4:20", end: "8:00", slug: "drill" }];
    expect(problems(frontmatter({ chapters }))).toEqual([]);
  });

  it("rejects a repeated slug, naming the chapter that has it", () => {
    const chapters = [
      { title: "One", at: "4:20", slug: "drill" },
      { title: "Two", at: "6:02", slug: "drill" },
    ];
    expect(problems(frontmatter({ chapters }))).toEqual([
      `chapters.1.slug: "drill" is already the slug of chapter 1: each chapter needs its own`,
    ]);
  });

  it("rejects a slug that cannot be part of an address", () => {
    const chapters = [{ title: "One", at: "4:20", slug: "Kneeling Stretch" }];
    expect(problems(frontmatter({ chapters }))[0]).toMatch(/^chapters\.0\.slug: .*"Kneeling Stretch"/);
  });

  it("rejects a missing title and an empty description", () => {
    const { title: _, ...withoutTitle } = frontmatter({ description: "  " });
    const found = problems(withoutTitle);
    expect(found).toContain("title: Expected the title as text, got nothing");
    expect(found).toContain("description: The description must not be empty");
  });

  it("rejects a date that is not a date, showing the value", () => {
    expect(problems(frontmatter({ publishDate: "yesterday" }))).toEqual([
      `publishDate: Expected a date like 2026-11-25, got "yesterday"`,
    ]);
  });

  it("rejects a video with no length", () => {
    expect(
      problems(frontmatter({ video: { youtubeId: "dQw4w9WgXcQ", title: "The video", duration: "0:00" }, chapters: [] })),
    ).toEqual(["video.duration: A video must be longer than 0:00"]);
  });

  it("rejects a misspelt field instead of ignoring it", () => {
    const found = problems({ ...frontmatter(), chapter: [] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/chapter/);
  });
});

describe("article dates", () => {
  it.each(["2026-13-01", "2026-02-30", "2026-04-31", "2025-02-29", "2026-11-25T10:00", "25/11/2026", ""])(
    "rejects %j, showing it",
    (publishDate) => {
      expect(problems(frontmatter({ publishDate }))).toEqual([
        `publishDate: Expected a date like 2026-11-25, got "${publishDate}"`,
      ]);
    },
  );

  it("accepts the 29th of February in a leap year", () => {
    expect(problems(frontmatter({ publishDate: "2028-02-29" }))).toEqual([]);
  });

  it("rejects a missing date", () => {
    const { publishDate: _, ...withoutDate } = frontmatter();
    expect(problems(withoutDate)).toEqual(["publishDate: Expected a date like 2026-11-25, got nothing"]);
  });
});

describe("article topics", () => {
  it("accepts a list of topics, trimmed", () => {
    expect(articleSchema.parse(frontmatter({ topics: [" hips", "lower back"] })).topics).toEqual(["hips", "lower back"]);
  });

  it("accepts an article without topics", () => {
    expect(articleSchema.parse(frontmatter()).topics).toBeUndefined();
  });

  it.each([
    ["a topic given once as text", "hips", [`topics: Expected topics as a list such as [hips, lower back], got "hips"`]],
    ["an empty topic", ["hips", ""], ["topics.1: The topic must not be empty"]],
    ["a topic that is not text", [12], ["topics.0: Expected the topic as text, got 12"]],
    ["the same topic twice", ["hips", "hips"], [`topics.1: "hips" is already topics[0] ("hips"): list each topic once`]],
    [
      "two spellings of one topic",
      ["Lower back", "lower-back"],
      [`topics.1: "lower-back" is already topics[0] ("Lower back"): list each topic once`],
    ],
    ["a topic of punctuation", ["!!!"], [`topics.0: A topic needs a letter or a digit to make its address from, got "!!!"`]],
  ])("rejects %s, naming the field and the value", (_, topics, expected) => {
    expect(problems(frontmatter({ topics }))).toEqual(expected);
  });
});
