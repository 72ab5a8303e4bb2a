import type { APIRoute } from "astro";
import favicon from "../assets/favicon.svg?raw";

/** The site's icon as drawn: what browsers that read SVG icons show in the tab. */
export const GET: APIRoute = () => new Response(favicon, { headers: { "Content-Type": "image/svg+xml" } });
