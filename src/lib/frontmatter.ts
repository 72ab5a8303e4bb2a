/**
 * Frontmatter as its author wrote it. YAML reads an unquoted `2026-02-30` as a date and rolls
 * it over into 2 March before any schema sees it; putting back the text lets the schema
 * refuse a day that does not exist.
 */

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
