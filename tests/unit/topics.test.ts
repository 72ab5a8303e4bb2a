import { describe, expect, it } from "vitest";
import { indexTopics, relatedArticles, topicSlug } from "../../src/lib/content/topics";

describe("a topic's address", () => {
  it.each([
    ["hips", "hips"],
    ["lower back", "lower-back"],
    ["Lower back", "lower-back"],
    ["lower-back", "lower-back"],
    ["  Lower   Back ", "lower-back"],
    ["Neck & shoulders", "neck-shoulders"],
    ["Hüfte", "hufte"],
    ["SI joint (sacroiliac)", "si-joint-sacroiliac"],
    ["2-minute drills", "2-minute-drills"],
  ])("%s → %s", (name, slug) => {
    expect(topicSlug(name)).toBe(slug);
  });

  it("is empty when there is nothing to make it from", () => {
    expect(topicSlug("!!! ...")).toBe("");
  });
});

const article = (id: string, topics?: string[]) => ({ id, topics, file: `content/articles/${id}.mdx` });

describe("the topic index", () => {
  it("lists each topic once with its articles in the order given, topics by name", () => {
    const a = article("a", ["lower back", "hips"]);
    const b = article("b", ["Hips"]);
    const c = article("c");
    const { topics } = indexTopics([a, b, c]);
    expect(topics.map(({ slug, name, articles }) => [slug, name, articles.map(({ id }) => id)])).toEqual([
      ["hips", "hips", ["a", "b"]],
      ["lower-back", "lower back", ["a"]],
    ]);
  });

  it("counts two spellings of one address as one topic, and says where each spelling is", () => {
    const { topics, spellingNotes } = indexTopics([article("a", ["Lower back"]), article("b", ["lower-back"])]);
    expect(topics).toHaveLength(1);
    expect(topics[0]?.name).toBe("Lower back");
    expect(spellingNotes).toHaveLength(1);
    expect(spellingNotes[0]).toContain('"Lower back" (content/articles/a.mdx)');
    expect(spellingNotes[0]).toContain('"lower-back" (content/articles/b.mdx)');
  });

  it("has nothing to say when every article spells a topic the same way", () => {
    expect(indexTopics([article("a", ["hips"]), article("b", ["hips"])]).spellingNotes).toEqual([]);
  });
});

describe("more to read after an article", () => {
  const e = article("e", ["neck"]);
  const d = article("d", ["hips"]);
  const c = article("c", ["Lower back"]);
  const b = article("b", ["hips", "lower back"]);
  const a = article("a", ["hips"]);
  const newestFirst = [e, d, c, b, a];

  it("gives up to three others sharing a topic, newest first", () => {
    const related = relatedArticles(b, newestFirst);
    expect(related.articles.map(({ id }) => id)).toEqual(["d", "c", "a"]);
    expect(related.topic).toBe("hips");
  });

  it("gives the newest others when none shares a topic", () => {
    const related = relatedArticles(e, newestFirst, 2);
    expect(related).toEqual({ topic: undefined, articles: [d, c] });
  });

  it("gives nothing when the article is the only one", () => {
    const only = article("a", ["hips"]);
    expect(relatedArticles(only, [only]).articles).toEqual([]);
  });
});
