import { formatClockTime } from "./time";

/**
 * The text the browser scripts show. Kept apart so the scripts ship only these, not every
 * string of the site.
 */
export const scriptStrings = {
  shareFrom: (seconds: number) => `Share from ${formatClockTime(seconds)}`,
  playVideoFrom: (seconds: number) => `Play from ${formatClockTime(seconds)}`,
  playerFailed: "The video could not be loaded here. You can still watch it on YouTube.",
  linkCopied: "Link copied",
  copyByHand: (url: string) => `Copy this link: ${url}`,
  /** A `?t=` the page could not read: a fixed sentence, never the value itself. */
  deepLinkUnreadable: (fallback?: number) =>
    `The time in this link could not be read, so the video plays from ${fallback ? formatClockTime(fallback) : "the start"}.`,
  /** A `?t=` past the end, shown only as the page formats a time. */
  deepLinkPastEnd: (seconds: number, length: string, fallback?: number) =>
    `This link asks for ${formatClockTime(seconds)}, past the end of this ${length} video, so it plays from ${
      fallback ? formatClockTime(fallback) : "the start"
    }.`,
} as const;

/** "1 drill", "3 drills". */
const countOf = (count: number, thing: string) => `${count} ${thing}${count === 1 ? "" : "s"}`;

/** Every piece of interface text the pages and scripts show, in one place. */
export const strings = {
  ...scriptStrings,
  skipToContent: "Skip to content",
  pageTitle: (title: string, siteName: string) => `${title} · ${siteName}`,
  drillTitle: (drill: string, time: string) => `${drill} — ${time}`,
  drillDescription: (drill: string, time: string, article: string) =>
    `${drill}, at ${time} in the video of “${article}”: the drill, the video and the article around it.`,
  articleCardAlt: (title: string, siteName: string) => `“${title}”, an article from ${siteName}`,
  drillCardAlt: (drill: string, time: string, siteName: string) => `“${drill}”, at ${time} in the video, from ${siteName}`,
  siteCardAlt: (siteName: string, tagline: string) => `${siteName}: ${tagline}`,
  markdownVersion: "This article as Markdown",
  llmsAbout:
    "Short educational articles about back pain, each built around a video. Each article below is its text in Markdown, with its video's drills as links to the second they start.",
  llmsDrillsAbout: (index: string) =>
    `Each drill's page opens its article with the video ready at the second the drill starts. All drills by topic: ${index}`,
  cardCaption: (minutes: string, drills: number) =>
    drills > 0 ? `${minutes} video · ${drills === 1 ? "1 drill" : `${drills} drills`}` : `${minutes} video`,
  drillCardCaption: (article: string) => `From “${article}”`,
  backToTop: "Back to top",
  articlesHeading: "Articles",
  videoBadge: (minutes: string) => `${minutes} video`,
  playVideo: "Play video",
  playerLabel: (title: string) => `Play: ${title}`,
  watchOnYoutube: "Watch on YouTube",
  drillsHeading: "Jump to a drill",
  videoHeading: "Video",
  drillOnSite: "on this site",
  summaryEyebrow: "In a hurry?",
  share: "Share",
  shareArticle: "Share this article",
  shareDrill: (title: string, time: string) => `Share “${title}” (${time})`,
  repeatDrill: (drill: string) => `Repeat ${drill}`,
  /** Said to screen readers when a drill starts or stops repeating (the loop's script reads them from the toggle). */
  repeatOn: (drill: string, span: string) => `Repeating ${drill}, ${span}`,
  repeatOff: (drill: string) => `Stopped repeating ${drill}`,
  disclaimer:
    "For education only, not medical advice. If your pain is severe, getting worse, or comes with numbness or weakness, see a health professional.",
  /** The printed exercise sheet: each drill's part of the video, and what its QR code does. */
  sheetSpan: (span: string) => `In the video: ${span}`,
  scanToPlay: (time: string) => `Scan to play from ${time}`,
  qrCodeAlt: (drill: string, time: string) => `QR code: “${drill}” at ${time}`,
  /** Shown by `npm run dev` only: builds leave drafts and scheduled articles out. */
  draftLabel: "Draft",
  draftNote: "Only npm run dev shows it: builds leave it out until its draft: true line is removed.",
  scheduledLabel: "Scheduled",
  scheduledNote: (date: string) => `Only npm run dev shows it until ${date}: the first build on or after that day publishes it.`,
  /** The library: topics, the drill index, pages of articles, more to read. */
  topicsTitle: "Topics",
  topicsDescription: "Every topic on the site, with its articles and drills.",
  topicsLink: "Topics",
  topicsLabel: "Topics",
  topicTitle: (topic: string) => `Articles on ${topic}`,
  topicDescription: (topic: string, articles: number, drills: number) =>
    `${countOf(articles, "article")} and ${countOf(drills, "drill")} on ${topic}, newest first.`,
  topicCounts: (articles: number, drills: number) => `${countOf(articles, "article")} · ${countOf(drills, "drill")}`,
  noTopicsYet: "No topics yet. Articles list theirs in their frontmatter, as topics: [hips, lower back].",
  noArticlesOnTopic: "No articles on this topic yet. See all topics.",
  allTopics: "All topics",
  drillsTitle: "Every drill",
  drillsDescription: "Every drill from every article, by topic: each opens the video at the second it starts.",
  drillsLink: "All drills",
  drillsWithoutTopic: "Other drills",
  noDrillsYet: "No drills yet. Drills are the chapters of an article's video.",
  drillFrom: (span: string, article: string) => `${span} · ${article}`,
  articleDrillsLabel: (article: string) => `Drills in “${article}”`,
  browseLabel: "Browse",
  listPageTitle: (page: number, pages: number) => `Articles, page ${page} of ${pages}`,
  listPageHeading: "Articles",
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  paginationLabel: "Pages of articles",
  newer: "Newer",
  older: "Older",
  moreOn: (topic: string) => `More on ${topic}`,
  moreToRead: "More to read",
  searchLabel: "Search",
  searchOpen: "Search",
  searchInputLabel: "Search articles and drills",
  searchClose: "Close",
  searchGo: "Go",
  searchFallback: "Find a drill",
  notFoundTitle: "Page not found",
  notFoundText: "There is nothing at this address. It may have moved, or the link may be mistyped.",
  notFoundHome: "Go to the home page",
} as const;
