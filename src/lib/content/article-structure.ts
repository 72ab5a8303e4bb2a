import type { Nodes } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { ARTICLE_COMPONENT_NAMES, ARTICLE_COMPONENTS, isArticleComponent } from "./article-components";
import type { ContentProblem } from "./content-errors";
import { nearestName } from "./nearest-name";
import { formatClockTime, parseClockTime } from "../browser/time";

// Built once: building MDX's syntax extensions costs far more than parsing an article with them.
const mdxParser = unified().use(remarkParse).use(remarkMdx).freeze();

/** What the text is checked against: whether the article has a video, and its length when known. */
export interface StructureContext {
  hasVideo: boolean;
  /** The video's length in seconds, when the frontmatter gives a valid one. */
  duration?: number | undefined;
}

const componentList = () =>
  `Articles can use ${ARTICLE_COMPONENT_NAMES.map((name) => `\`${ARTICLE_COMPONENTS[name]}\``)
    .join(", ")
    .replace(/, ([^,]*)$/, " and $1")}.`;

/**
 * The mistakes in an article's MDX text: a `<Video />` missing or repeated, a component that
 * does not exist, a `<Timestamp>` outside the video, MDX the site cannot show. `text` is the
 * file with its frontmatter blanked out, so lines are the file's.
 */
export function articleStructureProblems(text: string, { hasVideo, duration }: StructureContext): ContentProblem[] {
  let tree;
  try {
    tree = mdxParser.parse(text);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [{ line, message: `the text is not valid MDX: ${reason ?? String(error)}` }];
  }
  const problems: ContentProblem[] = [];
  const videoLines: (number | undefined)[] = [];
  /** The components suggested for misspelt ones: a misspelt `<Video />` already says where the video goes. */
  const suggested = new Set<string>();
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name;
        if (name === null) {
          problems.push({ line, message: `\`<>\` is not something an article can use. ${componentList()}` });
        } else if (!isArticleComponent(name)) {
          const nearest = nearestName(name, ARTICLE_COMPONENT_NAMES);
          if (nearest) suggested.add(nearest);
          const guess = nearest ? ` Did you mean \`${ARTICLE_COMPONENTS[nearest]}\`?` : "";
          problems.push({ line, message: `\`<${name}>\` is not a component articles have.${guess} ${componentList()}` });
        } else if (name === "Video") {
          videoLines.push(line);
        } else if (name === "Timestamp") {
          const problem = timestampProblem(node.attributes, duration);
          if (problem) problems.push({ line, message: problem });
        }
        return;
      }
      case "mdxjsEsm":
        problems.push({
          line,
          message: `articles do not import or export anything: their components are there without an import. ${componentList()}`,
        });
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        problems.push({
          line,
          message: "`{…}` is code, which an article cannot hold. For a brace in the text, write `\\{`.",
        });
        return;
      default:
        return;
    }
  });
  if (hasVideo && videoLines.length === 0 && !suggested.has("Video")) {
    problems.push({
      message:
        "the article has a video (`video:` in the frontmatter) but its text has no `<Video />`. Put `<Video />` on a line of its own where the player should appear, with an empty line before and after it: usually after the introduction, before the `<Summary>`.",
    });
  } else if (!hasVideo && videoLines.length > 0) {
    problems.push({ line: videoLines[0], message: "`<Video />` needs a `video:` in the frontmatter: the video it shows." });
  }
  for (const line of videoLines.slice(1)) {
    problems.push({
      line,
      message: `a second \`<Video />\`${videoLines[0] === undefined ? "" : ` (the first is on line ${videoLines[0]})`}: an article shows its video once. Keep the one where the player should appear and delete the other.`,
    });
  }
  return problems;
}

type JsxAttributes = Extract<Nodes, { type: "mdxJsxFlowElement" }>["attributes"];

function timestampProblem(attributes: JsxAttributes, duration: number | undefined): string | undefined {
  const at = attributes.find((attribute) => attribute.type === "mdxJsxAttribute" && attribute.name === "at")?.value;
  if (typeof at !== "string") {
    return `\`<Timestamp>\` needs the moment it links to, written like \`${ARTICLE_COMPONENTS.Timestamp}\`.`;
  }
  const seconds = parseClockTime(at);
  if (seconds === undefined) return `\`<Timestamp at="${at}">\` needs a time like "4:20" (m:ss) or "1:02:03".`;
  if (duration !== undefined && seconds >= duration) {
    return `\`<Timestamp at="${at}">\` is not inside the video, which is ${formatClockTime(duration)} long.`;
  }
  return undefined;
}
