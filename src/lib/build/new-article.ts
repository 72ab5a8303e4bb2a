// A new article as `npm run new -- "<title>"` writes it (tools/new-article.ts): its file name and a
// draft that builds as it stands, with every field of the frontmatter and each component in place.
import { PLACEHOLDER_YOUTUBE_ID } from "../browser/youtube.ts";

/**
 * The article's address and file name from its title: lowercase words of letters and digits
 * joined by hyphens ("Three ways to ease a stiff neck" → "three-ways-to-ease-a-stiff-neck").
 * Accents are dropped ("Épaule" → "epaule") and apostrophes join their word ("Don't" → "dont").
 * An empty string when the title has no letter or digit to make one from.
 */
export function articleSlug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A day as the frontmatter writes it: YYYY-MM-DD, in the computer's own time zone. */
export function calendarDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export interface NewArticle {
  title: string;
  /** Its publishDate. */
  date: Date;
  author: string;
}

/** The MDX of a new draft: complete frontmatter, a `<Video />` and a `<Summary>` with an example drill. */
export function newArticleSource({ title, date, author }: NewArticle): string {
  // JSON's double-quoted strings are YAML's too: a title with a colon or a quote stays one value.
  const quoted = JSON.stringify(title.trim());
  return `---
title: ${quoted}
description: One sentence under the headline, also shown by search results and shared links.
publishDate: ${calendarDate(date)}
author: ${JSON.stringify(author)}
# Shown only by npm run dev, with a "Draft" label. Delete this line to publish the article.
draft: true
# The topics it belongs to, such as [hips, lower back]: each topic has a page listing its articles and drills.
topics: []
video:
  # The 11 characters after "v=" in the video's YouTube address; until then the build warns.
  youtubeId: ${PLACEHOLDER_YOUTUBE_ID}
  title: ${quoted}
  duration: "8:00" # the video's length, m:ss
# The moments worth jumping to, in the order they come. Each gets its own page: its address ends in its slug.
chapters:
  - title: First drill
    at: "1:00"
    slug: first-drill
---

The article's text goes here. Paragraphs are separated by an empty line.

Watch the video below.

<Video />

<Summary>

## Video Summary

- One line for each point the video makes.
- The first drill is at <Timestamp at="1:00">1 min</Timestamp>.

</Summary>
`;
}
