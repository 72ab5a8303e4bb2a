/**
 * Mistakes in an article, said the way its author can act on them: the file, the line, the
 * chapter by its number and title, and what to write instead. A content mistake is not a
 * fault of the site's code, so its error carries no stack trace.
 */

/** One mistake in a file. */
export interface ContentProblem {
  /** The file's line (1-based), when the mistake is written on one. */
  line?: number | undefined;
  /** What the mistake is about, such as `chapter 2, "Standing drill", at` or `title`. */
  where?: string | undefined;
  message: string;
}

/** The mistakes of one file: its path as the author knows it (from the project's folder) and where it is. */
export interface FileProblems {
  /** For messages: `content/articles/stiff-neck.mdx`. */
  file: string;
  /** The absolute path, for editors and Astro's error overlay. */
  path: string;
  problems: ContentProblem[];
}

/** One problem as a line of a message: `line 14: chapter 2, "Standing drill", at: "4:20" must …`. */
export function formatProblem({ line, where, message }: ContentProblem): string {
  const place = [line === undefined ? undefined : `line ${line}`, where].filter(Boolean).join(", ");
  return place ? `${place}: ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
}

/** The message for the mistakes of one or more files, each file's listed under its name. */
export function formatContentProblems(files: readonly FileProblems[]): string {
  return files
    .map(({ file, problems }) => {
      const heading = problems.length === 1 ? `${file} has a mistake to fix:` : `${file} has ${problems.length} mistakes to fix:`;
      return [heading, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join("\n");
    })
    .join("\n\n");
}

/**
 * What a field of the frontmatter is called in a message: chapters by their position
 * counted from 1 and their title (`chapter 2, "Standing drill", at`), other fields by their
 * path (`video.youtubeId`).
 */
export function describeField(path: readonly PropertyKey[], data: unknown): string | undefined {
  const [first, index, ...rest] = path;
  if (first === "chapters" && typeof index === "number") {
    const chapters: unknown = isRecord(data) ? data["chapters"] : undefined;
    const chapter: unknown = Array.isArray(chapters) ? chapters[index] : undefined;
    const title =
      isRecord(chapter) && typeof chapter["title"] === "string" && chapter["title"].trim() ? chapter["title"].trim() : undefined;
    const name = title === undefined ? `chapter ${index + 1}` : `chapter ${index + 1}, "${title}"`;
    return rest.length ? `${name}, ${rest.map(String).join(".")}` : name;
  }
  return path.length ? path.map(String).join(".") : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The error a build stops with, and `astro dev` shows in its overlay: the message names each
 * file and line; the location points the overlay at the first mistake's line.
 */
export class ContentError extends Error {
  readonly files: readonly FileProblems[];
  readonly loc: { file: string; line: number; column: number } | undefined;
  /** The heading of Astro's error overlay. */
  readonly title = "An article needs a fix";
  /** What to do next, under the message in the overlay and the terminal. */
  hint: string | undefined;

  constructor(files: readonly FileProblems[]) {
    super(formatContentProblems(files));
    this.name = "ContentError";
    this.files = files;
    const first = files[0];
    const line = first?.problems.find((problem) => problem.line !== undefined)?.line;
    // Only a mistake on a line has a location: Astro would print any other as "file:0:0".
    this.loc = first && line !== undefined ? { file: first.path, line, column: 1 } : undefined;
    // The stack would point at the site's code, which is not where the mistake is.
    this.stack = "";
  }
}

/**
 * The content mistakes `astro dev` currently knows of, by absolute file path. The content
 * loader and the pages are separate modules (even separate module graphs) in one process,
 * so the list lives on the global object.
 */
const REGISTRY_KEY = Symbol.for("back-in-motion.content-problems");

function registry(): Map<string, FileProblems> {
  const global = globalThis as Record<symbol, Map<string, FileProblems> | undefined>;
  const known = global[REGISTRY_KEY] ?? new Map<string, FileProblems>();
  global[REGISTRY_KEY] = known;
  return known;
}

export function recordContentProblems(problems: FileProblems): void {
  registry().set(problems.path, problems);
}

export function clearContentProblems(path: string): void {
  registry().delete(path);
}

/** The error for every content mistake not yet fixed, if there is any. */
export function pendingContentError(): ContentError | undefined {
  const files = [...registry().values()];
  if (files.length === 0) return undefined;
  const error = new ContentError(files);
  error.hint = "Fix it in the file and save: the page reloads by itself once every mistake is fixed.";
  return error;
}
