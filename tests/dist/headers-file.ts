import { readFileSync } from "node:fs";

/** One block of a `_headers` file: an address pattern and the headers for it. */
export interface HeadersRule {
  path: string;
  headers: Map<string, string>;
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages document it: a line starting at the
 * margin is an address (`*` matches anything), indented `Name: value` lines under it are its
 * headers, `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: new Map() });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`Not a header line of a rule: ${JSON.stringify(line)}`);
    rule.headers.set((match[1] as string).toLowerCase(), (match[2] as string).trim());
  }
  return rules;
}

/** The headers a host sends for `path`: those of every matching rule, a repeated name joined with ", ". */
export function headersFor(rules: readonly HeadersRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.split("*").map(escapeRegExp).join(".*")}$`);
    if (!pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const before = headers.get(name);
      headers.set(name, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return headers;
}

export function readHeadersFile(file: string | URL): HeadersRule[] {
  return parseHeadersFile(readFileSync(file, "utf8"));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
