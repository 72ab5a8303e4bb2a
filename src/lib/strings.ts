import { formatClockTime } from "./time";

/** Every piece of interface text the pages and scripts show, in one place. */
export const strings = {
  skipToContent: "Skip to content",
  backToTop: "Back to top",
  articlesHeading: "Articles",
  readArticle: "Read the article",
  videoBadge: (minutes: string) => `${minutes} video`,
  playVideo: "Play video",
  playVideoFrom: (seconds: number) => `Play from ${formatClockTime(seconds)}`,
  playerLabel: (title: string) => `Play: ${title}`,
  watchOnYoutube: "Watch on YouTube",
  playerFailed: "The video could not be loaded here. You can still watch it on YouTube.",
  drillsHeading: "Jump to a drill",
  jumpTo: (seconds: number, title: string) => `Jump to ${formatClockTime(seconds)}: ${title}`,
  summaryEyebrow: "In a hurry?",
  disclaimer:
    "For education only, not medical advice. If your pain is severe, getting worse, or comes with numbness or weakness, see a health professional.",
  notFoundTitle: "Page not found",
  notFoundText: "There is nothing at this address. It may have moved, or the link may be mistyped.",
  notFoundHome: "Go to the home page",
  deepLinkIgnored: (value: string, length: string) =>
    `The link asked for the moment “${value}”, which is not in this ${length} video, so it plays from the start.`,
} as const;
