/**
 * Frontmatter as its author wrote it. YAML reads an unquoted `2026-02-30` as a date and rolls
 * it over into 2 March before any schema sees it; putting back the text lets the schema
 * refuse a day that does not exist. Content checks also find where a field is written, to give
 * its line.
 */
import { type Document, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";

/** The YAML between the opening and closing `---` of a Markdown or MDX file, if it has any. */
export function frontmatterText(file: string): string | undefined {
  return /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(file)?.[1];
}

/** `data` with each top-level field that YAML made a date replaced by the text written for it. */
export function datesAsWritten(data: Record<string, unknown>, frontmatter: string): Record<string, unknown> {
  const result = { ...data };
  for (const [field, value] of Object.entries(data)) {
    if (!(value instanceof Date)) continue;
    const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const written = new RegExp(`^${escaped}[ \\t]*:[ \\t]*(.*?)[ \\t]*(?:#.*)?$`, "m").exec(frontmatter)?.[1];
    if (written) result[field] = written;
  }
  return result;
}

/** How many lines of the file come before the frontmatter's YAML: the opening `---`. */
const LINES_BEFORE_YAML = 1;

/**
 * The file's line (1-based) where a field of its frontmatter is written, such as
 * `["chapters", 1, "at"]`; for a field that is missing, the line of the nearest part of its
 * path that is there (the chapter, say). Nothing when not even that is written.
 */
export function frontmatterLine(file: string, path: readonly PropertyKey[]): number | undefined {
  const yaml = frontmatterText(file);
  if (yaml === undefined) return undefined;
  const lines = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: lines });
  for (let length = path.length; length > 0; length--) {
    const start = startOf(document, path.slice(0, length));
    if (start !== undefined) return lines.linePos(start).line + LINES_BEFORE_YAML;
  }
  return undefined;
}

/** Where a field's key (`at:`) or a list's item (`- title: …`) starts in the YAML. */
function startOf(document: Document, path: readonly PropertyKey[]): number | undefined {
  const key = path.at(-1);
  const parent: unknown = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
    return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
  }
  if (isSeq(parent) && typeof key === "number") {
    const item = parent.items[key];
    return isNode(item) ? item.range?.[0] : undefined;
  }
  return undefined;
}

/**
 * The file with its frontmatter turned into blank lines: the text alone, where every line is
 * still the line it is in the file, so a message about the text can give the file's line.
 */
export function bodyOnFileLines(file: string): string {
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(file);
  if (!match) return file;
  const lineEnds = match[0].split("\n").length - 1;
  return "\n".repeat(lineEnds) + file.slice(match[0].length);
}

/**
 * A hint for a line YAML could not read, when the likely cause is a value with ": " in it
 * (`title: Stiff neck: three ways`): YAML reads the second colon as the start of another
 * field. The fix is to quote the value.
 */
export function quoteValueHint(line: string): string | undefined {
  const field = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):\s+(.*?)\s*$/.exec(line);
  if (!field) return undefined;
  const [, indent = "", name = "", value = ""] = field;
  if (/^["'[{|>&*!]/.test(value) || !/:(\s|$)/.test(value)) return undefined;
  const quoted = `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  const fixed = `${indent.trim() ? `${indent.trim()} ` : ""}${name}: ${quoted}`;
  return `The value of ${name} has ": " in it, which YAML reads as the start of another field: put the value in quotes, \`${fixed}\`.`;
}
