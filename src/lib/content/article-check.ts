import { articleSchema, chapterSchema, videoSchema, type Article } from "./article-schema";
import { articleStructureProblems } from "./article-structure";
import { describeField, type ContentProblem } from "./content-errors";
import { bodyOnFileLines, frontmatterLine } from "./frontmatter";
import { nearestName } from "./nearest-name";

/** The fields each part of the frontmatter may have, for "did you mean" on a misspelt one. */
function knownFields(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(articleSchema.shape);
  if (path.length === 1 && path[0] === "video") return Object.keys(videoSchema.shape);
  if (path.length === 2 && path[0] === "chapters") return Object.keys(chapterSchema.shape);
  return [];
}

export type ArticleCheck = { ok: true; article: Article } | { ok: false; problems: ContentProblem[] };

/**
 * Checks an article file: its frontmatter (`data`, as YAML read it) against the schema and its
 * text's structure. Each mistake comes with its line in `source`, the whole file as written.
 */
export function checkArticle(source: string, data: Record<string, unknown>): ArticleCheck {
  const parsed = articleSchema.safeParse(data);
  const problems: ContentProblem[] = [];
  for (const issue of parsed.error?.issues ?? []) {
    if (issue.code === "unrecognized_keys") {
      const fields = knownFields(issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const nearest = nearestName(key, fields);
        problems.push({
          line: frontmatterLine(source, path),
          where: describeField(path, data),
          message: `is not a field here.${nearest ? ` Did you mean \`${nearest}\`?` : ""} The fields are ${fields.join(", ")}.`,
        });
      }
      continue;
    }
    problems.push({
      line: frontmatterLine(source, issue.path),
      where: describeField(issue.path, data),
      message: issue.message,
    });
  }
  const video = data["video"];
  problems.push(
    ...articleStructureProblems(bodyOnFileLines(source), {
      hasVideo: typeof video === "object" && video !== null,
      duration: parsed.data?.video.duration,
    }),
  );
  return parsed.success && problems.length === 0 ? { ok: true, article: parsed.data } : { ok: false, problems };
}
