// The pages the benchmark measures: the home page, the first article and its first drill.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { BenchError } from "./errors.ts";

export interface Page {
  name: string;
  path: string;
}

export interface MeasuredPages {
  pages: Page[];
  /** The article's MDX file, which the build measurement copies. */
  articleFile: string;
}

/** Home, the first article and its first drill, from content/articles (file name = address). */
export function pagesFromContent(root: string): MeasuredPages {
  const dir = path.join(root, "content", "articles");
  const file = readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()[0];
  if (!file) throw new BenchError("content/articles/ holds no article to measure");
  const article = file.replace(/\.mdx?$/, "");
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, file), "utf8"))?.[1] ?? "";
  const chapters = /^chapters:[ \t]*\r?\n((?:[ \t]+.*(?:\r?\n|$))*)/m.exec(frontmatter)?.[1] ?? "";
  const drill = /^[ \t]*(?:-[ \t]+)?slug:[ \t]*["']?([\w-]+)/m.exec(chapters)?.[1];
  if (!drill) throw new BenchError(`content/articles/${file} has no chapters[].slug for a drill page`);
  return {
    pages: [
      { name: "home", path: "/" },
      { name: "article", path: `/${article}/` },
      { name: "drill", path: `/${article}/${drill}/` },
    ],
    articleFile: path.join(dir, file),
  };
}
