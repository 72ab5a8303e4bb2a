import type { Plugin } from "vite";
import { cardTokensCss } from "../../browser/card-tokens";

/** What the player's component imports to get the card tokens as CSS custom properties. */
export const CARD_TOKENS_STYLESHEET = "virtual:card-tokens.css";
const RESOLVED = `\0${CARD_TOKENS_STYLESHEET}`;

/**
 * The card tokens (src/lib/browser/card-tokens.ts) as a stylesheet the page's poster imports, so
 * the poster drawn in HTML takes the same colours and proportions as the PNG cards. As an imported
 * stylesheet it is bundled like any other: inlined in the page and listed by hash in the page's
 * Content Security Policy, where a `style` attribute would need 'unsafe-inline'.
 */
export function cardTokensStylesheet(): Plugin {
  return {
    name: "card-tokens-stylesheet",
    resolveId: (id) => (id === CARD_TOKENS_STYLESHEET ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? cardTokensCss("lite-youtube") : undefined),
  };
}
