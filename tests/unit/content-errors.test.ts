import { afterEach, describe, expect, it } from "vitest";
import {
  clearContentProblems,
  ContentError,
  describeField,
  formatContentProblems,
  formatProblem,
  pendingContentError,
  recordContentProblems,
} from "../../src/lib/content/content-errors";

const data = {
  title: "Stretching",
  chapters: [
    { title: "Kneeling hip internal rotator stretch", at: "4:20" },
    { title: "Standing hip internal rotator drill", at: "6:0x" },
    { at: "7:00" },
  ],
};

describe("describeField", () => {
  it("names a chapter by its position counted from 1 and its title", () => {
    expect(describeField(["chapters", 1, "at"], data)).toBe('chapter 2, "Standing hip internal rotator drill", at');
    expect(describeField(["chapters", 0], data)).toBe('chapter 1, "Kneeling hip internal rotator stretch"');
  });

  it("names a chapter without a title by its position alone", () => {
    expect(describeField(["chapters", 2, "title"], data)).toBe("chapter 3, title");
  });

  it("names other fields by their path", () => {
    expect(describeField(["video", "youtubeId"], data)).toBe("video.youtubeId");
    expect(describeField(["title"], data)).toBe("title");
    expect(describeField([], data)).toBeUndefined();
  });
});

describe("formatProblem", () => {
  it("puts the line, then what it is about, before the message", () => {
    expect(formatProblem({ line: 16, where: "chapter 2, at", message: 'Expected a time like "4:20"' })).toBe(
      'line 16, chapter 2, at: Expected a time like "4:20"',
    );
    expect(formatProblem({ line: 40, message: "`<Vidoe>` is not a component" })).toBe("line 40: `<Vidoe>` is not a component");
  });

  it("starts a message with nothing before it as a sentence", () => {
    expect(formatProblem({ message: "the article has no `<Video />`." })).toBe("The article has no `<Video />`.");
  });
});

describe("formatContentProblems", () => {
  it("lists each file's mistakes under its name", () => {
    expect(
      formatContentProblems([
        { file: "content/articles/a.mdx", path: "/site/content/articles/a.mdx", problems: [{ line: 2, message: "one" }] },
        {
          file: "content/articles/b.mdx",
          path: "/site/content/articles/b.mdx",
          problems: [{ line: 3, where: "title", message: "two" }, { message: "three" }],
        },
      ]),
    ).toBe(
      [
        "content/articles/a.mdx has a mistake to fix:",
        "  line 2: one",
        "",
        "content/articles/b.mdx has 2 mistakes to fix:",
        "  line 3, title: two",
        "  Three",
      ].join("\n"),
    );
  });
});

describe("ContentError", () => {
  const files = [
    {
      file: "content/articles/a.mdx",
      path: "/site/content/articles/a.mdx",
      problems: [{ message: "no line" }, { line: 7, message: "x" }],
    },
  ];

  it("carries no stack trace: the mistake is in the content, not in the code", () => {
    const error = new ContentError(files);
    expect(error.stack).toBe("");
    expect(error.message).toBe(formatContentProblems(files));
  });

  it("points at the first mistake that has a line, and nowhere when none has", () => {
    expect(new ContentError(files).loc).toEqual({ file: "/site/content/articles/a.mdx", line: 7, column: 1 });
    const noLine = { file: "content/articles/a.mdx", path: "/site/content/articles/a.mdx", problems: [{ message: "no line" }] };
    expect(new ContentError([noLine]).loc).toBeUndefined();
  });
});

describe("the mistakes astro dev knows of", () => {
  afterEach(() => {
    clearContentProblems("/site/a.mdx");
    clearContentProblems("/site/b.mdx");
  });

  it("are one error until each is cleared", () => {
    expect(pendingContentError()).toBeUndefined();
    recordContentProblems({ file: "a.mdx", path: "/site/a.mdx", problems: [{ message: "one" }] });
    recordContentProblems({ file: "b.mdx", path: "/site/b.mdx", problems: [{ message: "two" }] });
    expect(pendingContentError()?.message).toContain("a.mdx has a mistake to fix:");
    expect(pendingContentError()?.message).toContain("b.mdx has a mistake to fix:");
    clearContentProblems("/site/a.mdx");
    expect(pendingContentError()?.message).not.toContain("a.mdx has");
    clearContentProblems("/site/b.mdx");
    expect(pendingContentError()).toBeUndefined();
  });
});
