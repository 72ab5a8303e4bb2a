import type { APIRoute } from "astro";
import favicon from "../../public/favicon.svg?raw";
import { FAVICON_ICO_SIZE, icoFile, iconPng } from "../lib/build/site-icons";

/** `/favicon.ico`, where feed readers, chat previews and search engines look for a site's icon. */
export const GET: APIRoute = async () =>
  new Response(icoFile([await iconPng(favicon, FAVICON_ICO_SIZE)]), { headers: { "Content-Type": "image/x-icon" } });
