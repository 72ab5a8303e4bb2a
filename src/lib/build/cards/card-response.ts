import { cacheDir } from "astro:config/server";
import { fileURLToPath } from "node:url";
import { cachedCardPng } from "./card-cache";
import type { CardContent } from "./card-image";

/**
 * Where drawn cards are kept between builds: a folder in Astro's cache (`cacheDir`,
 * `node_modules/.astro/` unless astro.config.mjs says otherwise), which hosts keep between builds
 * along with node_modules. Deleting it only makes the next build draw every card again.
 */
export const CARD_CACHE_DIR = fileURLToPath(new URL("card-images/", cacheDir));

/** A card as a static endpoint's response, drawn only when no earlier build drew the same one. */
export async function cardResponse(card: CardContent): Promise<Response> {
  const png = await cachedCardPng(card, CARD_CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}
