import type { APIRoute } from "astro";
import favicon from "../../public/favicon.svg?raw";
import { APPLE_TOUCH_ICON_SIZE, iconPng } from "../lib/build/site-icons";

/** The icon a phone puts on its home screen for the site. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await iconPng(favicon, APPLE_TOUCH_ICON_SIZE, { opaque: true })), {
    headers: { "Content-Type": "image/png" },
  });
