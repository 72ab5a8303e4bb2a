/**
 * The text the header's search shows. Apart from the other scripts' text (strings.ts), so the
 * search script and the article's scripts share no module: each page's scripts stay one request.
 */
export const searchStrings = {
  results: (count: number, query: string) =>
    count === 0
      ? `Nothing found for “${query}”. Try a drill's name, or see all drills.`
      : `${count === 1 ? "1 result" : `${count} results`} for “${query}”`,
  from: (article: string) => `From “${article}”`,
  failed: "Search could not load. All drills are listed on the drills page.",
} as const;
