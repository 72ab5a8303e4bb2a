/**
 * Topics group articles: an article lists them in its frontmatter (`topics: [hips, lower back]`)
 * and each topic has its page at `/topics/<slug>/`. Two spellings with the same slug ("Lower
 * back", "lower-back") are one topic.
 */

/** The address form of a topic: "Lower back" → "lower-back", "Hüfte" → "hufte"; "" when it has no letters or digits. */
export function topicSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** What a topic needs to know about an article: its id, its topics as written, its date and drills. */
export interface TopicArticle {
  id: string;
  topics?: readonly string[] | undefined;
  /** Where the article comes from, for messages ("content/articles/x.mdx"). */
  file?: string | undefined;
}

export interface Topic<A extends TopicArticle> {
  slug: string;
  /** How the topic is shown: the first spelling met, in the order the articles were given. */
  name: string;
  /** Its articles, in the order they were given (newest first, as the site lists them). */
  articles: A[];
}

export interface TopicIndex<A extends TopicArticle> {
  /** Every topic, by name (alphabetically, ignoring case). */
  topics: Topic<A>[];
  /** One line for each topic written more than one way: the spellings and where each is used. */
  spellingNotes: string[];
}

/**
 * Gathers the topics of `articles`. A topic spelled differently in different articles is one
 * topic (under its first spelling); each such topic gets a note naming the spellings, which
 * the build prints so the owner can make them agree.
 */
export function indexTopics<A extends TopicArticle>(articles: readonly A[]): TopicIndex<A> {
  const bySlug = new Map<string, Topic<A> & { spellings: Map<string, string[]> }>();
  for (const article of articles) {
    for (const name of article.topics ?? []) {
      const slug = topicSlug(name);
      let topic = bySlug.get(slug);
      if (!topic) {
        topic = { slug, name, articles: [], spellings: new Map() };
        bySlug.set(slug, topic);
      }
      if (!topic.articles.includes(article)) topic.articles.push(article);
      const where = topic.spellings.get(name) ?? [];
      where.push(article.file ?? article.id);
      topic.spellings.set(name, where);
    }
  }
  const topics = [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  const spellingNotes = topics
    .filter(({ spellings }) => spellings.size > 1)
    .map(
      ({ slug, name, spellings }) =>
        `topic "${slug}" is written ${[...spellings].map(([spelling, files]) => `"${spelling}" (${files.join(", ")})`).join(" and ")}; pages show "${name}". Write it one way to choose the name.`,
    );
  return { topics: topics.map(({ slug, name, articles: list }) => ({ slug, name, articles: list })), spellingNotes };
}

/**
 * Up to `count` other articles to read after `article`: those sharing a topic with it first
 * (newest first), then, when none share one, the newest others. `articles` is newest first.
 */
export function relatedArticles<A extends TopicArticle>(
  article: A,
  articles: readonly A[],
  count = 3,
): { topic: string | undefined; articles: A[] } {
  const others = articles.filter((other) => other.id !== article.id);
  const own = new Set((article.topics ?? []).map(topicSlug));
  const sharing = others.filter((other) => (other.topics ?? []).some((name) => own.has(topicSlug(name))));
  if (sharing.length === 0) return { topic: undefined, articles: others.slice(0, count) };
  // The heading names the article's first topic that the chosen articles share.
  const chosen = sharing.slice(0, count);
  const topic = (article.topics ?? []).find((name) =>
    chosen.some((other) => (other.topics ?? []).some((theirs) => topicSlug(theirs) === topicSlug(name))),
  );
  return { topic, articles: chosen };
}
