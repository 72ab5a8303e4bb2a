import type { Heading, Link, Nodes, Paragraph, PhrasingContent, RootContent } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { Article } from "../content/article-schema";
import { strings } from "../browser/strings";
import { formatClockTime, formatIsoDate, formatMinutes, parseClockTime } from "../browser/time";
import { youtubeWatchUrl } from "../browser/youtube";

export interface MarkdownTwinSource {
  article: Article;
  /** The article's MDX body, as written. */
  body: string;
  /** Where the file is, for error messages. */
  file: string;
  /** Absolute addresses of the article page and of a drill's share page. */
  articleUrl: string;
  drillUrl: (slug: string) => string;
}

// Both processors are built once: building one (MDX's syntax extensions above all) costs far
// more than running it on an article, and a build runs them once per article.
const mdxParser = unified().use(remarkParse).use(remarkMdx).freeze();
const markdownWriter = unified()
  .use(remarkStringify, {
    bullet: "-",
    emphasis: "_",
    // Link addresses here are built by the site (no spaces or brackets), so they are written
    // as they are: the default would escape every "&" of a YouTube address as "\&".
    handlers: {
      link: (node: Link, _, state, info) =>
        `[${state.containerPhrasing(node, { ...info, before: "[", after: "]" })}](${node.url})`,
    },
  })
  .freeze();

/**
 * The article as plain Markdown: its header, the author's text, the video and its drills as
 * links, and the summary. The MDX components become what they show a reader; anything else
 * stops the build rather than vanish from the text.
 */
export function articleMarkdown(source: MarkdownTwinSource): string {
  const { article, articleUrl } = source;
  const tree = mdxParser.parse(source.body);
  visit(tree, (node, index, parent) => {
    if (parent === undefined || index === undefined) return;
    const replacement = plainNodes(node, source);
    if (replacement === undefined) return;
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index]; // visit what replaced it: a summary's timestamps, say
  });
  const header = [
    `# ${article.title}`,
    `> ${article.description}`,
    `${article.author} · ${formatIsoDate(article.publishDate)} · ${strings.videoBadge(formatMinutes(article.video.duration))} · ${articleUrl}`,
  ].join("\n\n");
  const text = markdownWriter.stringify(tree);
  return `${header}\n\n${text}`;
}

/** What an MDX node is in plain Markdown; `undefined` for nodes that already are plain. */
function plainNodes(node: Nodes, source: MarkdownTwinSource): RootContent[] | undefined {
  if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") {
    if (node.type.startsWith("mdx")) throw new Error(`${source.file}: the Markdown version cannot show MDX ${node.type} nodes`);
    return undefined;
  }
  const { video, chapters } = source.article;
  switch (node.name) {
    case "Video":
      return [
        heading(`${strings.videoHeading}: ${video.title} (${formatMinutes(video.duration)})`),
        paragraph([link(youtubeWatchUrl(video.youtubeId), strings.watchOnYoutube)]),
        heading(strings.drillsHeading),
        {
          type: "list",
          ordered: false,
          spread: false,
          children: chapters.map((chapter) => ({
            type: "listItem",
            spread: false,
            children: [
              paragraph([
                text(`${formatClockTime(chapter.at)} · `),
                link(youtubeWatchUrl(video.youtubeId, chapter.at), chapter.title),
                text(" ("),
                link(source.drillUrl(chapter.slug), strings.drillOnSite),
                text(")"),
              ]),
            ],
          })),
        },
      ];
    case "Summary":
      return node.children;
    case "Timestamp": {
      const at = node.attributes.find((attribute) => attribute.type === "mdxJsxAttribute" && attribute.name === "at")?.value;
      const seconds = typeof at === "string" ? parseClockTime(at) : undefined;
      if (seconds === undefined) throw new Error(`${source.file}: <Timestamp> needs at="m:ss", got ${JSON.stringify(at)}`);
      return [{ type: "link", url: youtubeWatchUrl(video.youtubeId, seconds), children: node.children as PhrasingContent[] }];
    }
    default:
      throw new Error(`${source.file}: the Markdown version does not know the component <${node.name ?? ""}>`);
  }
}

const text = (value: string): PhrasingContent => ({ type: "text", value });
const link = (url: string, label: string): PhrasingContent => ({ type: "link", url, children: [text(label)] });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });
const heading = (label: string): Heading => ({ type: "heading", depth: 2, children: [text(label)] });
