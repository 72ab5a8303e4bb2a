import { formatIsoDate } from "../browser/time";

/**
 * Whether readers see an article yet. A draft (`draft: true`) and an article whose
 * `publishDate` is still to come are held back from every build; `astro dev` shows them,
 * marked, so their author can read them as they will appear.
 */
export type PublicationStatus = "published" | "draft" | "scheduled";

export function publicationStatus(article: { draft?: boolean | undefined; publishDate: Date }, today: string): PublicationStatus {
  if (article.draft === true) return "draft";
  // Both are YYYY-MM-DD, so comparing the text compares the days.
  return formatIsoDate(article.publishDate) > today ? "scheduled" : "published";
}

/** The building machine's own calendar day, YYYY-MM-DD: an article dated today is published today. */
export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The line a build prints for an article it leaves out. */
export function heldBackMessage(file: string, status: Exclude<PublicationStatus, "published">, publishDate: Date): string {
  return status === "draft"
    ? `${file}: held back, it is a draft (draft: true). \`npm run dev\` shows it; remove the line to publish it.`
    : `${file}: held back until ${formatIsoDate(publishDate)}, its publishDate. The first build on or after that day publishes it.`;
}
