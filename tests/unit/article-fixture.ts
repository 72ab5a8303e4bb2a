import type { Article } from "../../src/lib/content/article-schema";

/**
 * The article the unit tests build pages, cards and data from: an 8-minute video whose two drills
 * sit at 4:20 and 6:02, and a video title that differs from the article's.
 */
export const stretchingArticle: Article = {
  title: "Stretching and your back",
  description: "Why forcing stretches may not help.",
  publishDate: new Date("2026-11-25"),
  author: "Back in Motion",
  video: { youtubeId: "dQw4w9WgXcQ", title: "Why stretching hurts", duration: 480 },
  chapters: [
    { title: "Kneeling stretch", at: 260, slug: "kneeling-stretch" },
    { title: "Standing drill", at: 362, slug: "standing-drill" },
  ],
};
