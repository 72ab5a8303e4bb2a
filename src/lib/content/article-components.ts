/**
 * The components an article's MDX can use without importing them, each as an author writes
 * it. Content checks name them in their messages; `src/components/mdx/index.ts` provides them.
 */
export const ARTICLE_COMPONENTS = {
  Video: "<Video />",
  Timestamp: '<Timestamp at="4:20">…</Timestamp>',
  Summary: "<Summary>…</Summary>",
} as const;

export type ArticleComponentName = keyof typeof ARTICLE_COMPONENTS;

export const ARTICLE_COMPONENT_NAMES = Object.keys(ARTICLE_COMPONENTS) as ArticleComponentName[];

export function isArticleComponent(name: string): name is ArticleComponentName {
  return Object.hasOwn(ARTICLE_COMPONENTS, name);
}
