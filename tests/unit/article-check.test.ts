import { describe, expect, it } from "vitest";
import { checkArticle } from "../../src/lib/content/article-check";
import { articleStructureProblems } from "../../src/lib/content/article-structure";
import { formatProblem } from "../../src/lib/content/content-errors";

const withVideo = { hasVideo: true, duration: 480 };
const messages = (text: string, context = withVideo) => articleStructureProblems(text, context).map(formatProblem);

describe("articleStructureProblems", () => {
  it("accepts an article with its one <Video />, timestamps and a summary", () => {
    expect(messages('Intro.\n\n<Video />\n\n<Summary>\n\n- At <Timestamp at="4:20">4:20</Timestamp>.\n\n</Summary>\n')).toEqual(
      [],
    );
  });

  it("says where to put a missing <Video />", () => {
    const [problem, ...rest] = messages("Intro.\n\nMore text.\n");
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^The article has a video .* but its text has no `<Video \/>`\. Put `<Video \/>` on a line of its own/,
    );
  });

  it("points at every <Video /> after the first, naming the first's line", () => {
    expect(messages("<Video />\n\nText.\n\n<Video />\n\n<Video />\n")).toEqual([
      "line 5: a second `<Video />` (the first is on line 1): an article shows its video once. Keep the one where the player should appear and delete the other.",
      "line 7: a second `<Video />` (the first is on line 1): an article shows its video once. Keep the one where the player should appear and delete the other.",
    ]);
  });

  it("refuses a <Video /> in an article without a video", () => {
    expect(messages("<Video />\n", { hasVideo: false, duration: 0 })).toEqual([
      "line 1: `<Video />` needs a `video:` in the frontmatter: the video it shows.",
    ]);
  });

  it("names the components there are, and the nearest one, for an unknown component", () => {
    expect(messages("Text.\n\n<Vidoe />\n")).toEqual([
      'line 3: `<Vidoe>` is not a component articles have. Did you mean `<Video />`? Articles can use `<Video />`, `<Timestamp at="4:20">…</Timestamp>` and `<Summary>…</Summary>`.',
    ]);
    expect(messages("<Video />\n\nSee <Chart /> here.\n")[0]).toBe(
      'line 3: `<Chart>` is not a component articles have. Articles can use `<Video />`, `<Timestamp at="4:20">…</Timestamp>` and `<Summary>…</Summary>`.',
    );
  });

  it("checks each timestamp's time against the video", () => {
    expect(
      messages(
        '<Video />\n\nAt <Timestamp at="9:15">9:15</Timestamp>, <Timestamp at="4:6">x</Timestamp> and <Timestamp>y</Timestamp>.\n',
      ),
    ).toEqual([
      'line 3: `<Timestamp at="9:15">` is not inside the video, which is 8:00 long.',
      'line 3: `<Timestamp at="4:6">` needs a time like "4:20" (m:ss) or "1:02:03".',
      'line 3: `<Timestamp>` needs the moment it links to, written like `<Timestamp at="4:20">…</Timestamp>`.',
    ]);
  });

  it("refuses imports and code, which the article's pages cannot show", () => {
    const [esm, code] = messages('import Chart from "./chart.astro";\n\n<Video />\n\n{1 + 1}\n');
    expect(esm).toMatch(/^line 1: articles do not import or export anything/);
    expect(code).toBe("line 5: `{…}` is code, which an article cannot hold. For a brace in the text, write `\\{`.");
  });

  it("gives the line of MDX it cannot read", () => {
    expect(messages('<Video />\n\nText <Timestamp at="4:20">unclosed\n')[0]).toMatch(/^line \d+: the text is not valid MDX: /);
  });
});

describe("checkArticle", () => {
  const source = [
    "---",
    "title: Stretching",
    "description: Why.",
    "publishDate: 2026-11-25",
    "author: Back in Motion",
    "video:",
    "  youtubeId: Xk3mP9qL2wZ",
    "  title: The video",
    '  duration: "8:00"',
    "chapters:",
    "  - title: Kneeling hip internal rotator stretch",
    '    at: "4:20"',
    "    slug: kneeling",
    "  - title: Standing hip internal rotator drill",
    '    at: "6:0x"',
    "    slug: standing",
    "publshDate: 2026-11-25",
    "---",
    "",
    "<Vidoe />",
  ].join("\n");
  const data = {
    title: "Stretching",
    description: "Why.",
    publishDate: "2026-11-25",
    author: "Back in Motion",
    video: { youtubeId: "Xk3mP9qL2wZ", title: "The video", duration: "8:00" },
    chapters: [
      { title: "Kneeling hip internal rotator stretch", at: "4:20", slug: "kneeling" },
      { title: "Standing hip internal rotator drill", at: "6:0x", slug: "standing" },
    ],
    publshDate: "2026-11-25",
  };

  it("gives every mistake of the frontmatter and the text, with its line and its chapter", () => {
    const check = checkArticle(source, data);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.problems.map(formatProblem)).toEqual([
      'line 15, chapter 2, "Standing hip internal rotator drill", at: Expected a time like "4:20" (m:ss) or "1:02:03", got "6:0x"',
      "line 17, publshDate: is not a field here. Did you mean `publishDate`? The fields are title, description, publishDate, updatedDate, author, topics, video, chapters, draft.",
      'line 20: `<Vidoe>` is not a component articles have. Did you mean `<Video />`? Articles can use `<Video />`, `<Timestamp at="4:20">…</Timestamp>` and `<Summary>…</Summary>`.',
    ]);
  });

  it("gives the article when there is none", () => {
    const fixed = source.replace('"6:0x"', '"6:02"').replace("publshDate: 2026-11-25\n", "").replace("<Vidoe />", "<Video />");
    const { publshDate: _, ...fixedData } = { ...data, chapters: [data.chapters[0], { ...data.chapters[1], at: "6:02" }] };
    const check = checkArticle(fixed, fixedData);
    expect(check.ok && check.article.chapters.map((chapter) => chapter.at)).toEqual([260, 362]);
  });
});
