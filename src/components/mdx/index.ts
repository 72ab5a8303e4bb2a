import Summary from "./Summary.astro";
import Timestamp from "./Timestamp.astro";
import Video from "./Video.astro";

/** The components an article's MDX can use without importing them. */
export const articleComponents = { Video, Timestamp, Summary };
