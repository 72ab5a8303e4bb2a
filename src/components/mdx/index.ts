import type { ArticleComponentName } from "../../lib/content/article-components";
import Summary from "./Summary.astro";
import Timestamp from "./Timestamp.astro";
import Video from "./Video.astro";

/**
 * The components an article's MDX can use without importing them: exactly the ones the
 * content checks know (src/lib/content/article-components.ts), which type-checking holds to.
 */
export const articleComponents = { Video, Timestamp, Summary } satisfies Record<ArticleComponentName, unknown>;
