/**
 * The look of the site's pictures of an article: the social cards and posters drawn as PNGs at
 * build (src/lib/build/cards/card-image.ts) and the poster the player shows on the page, drawn in
 * HTML and CSS (src/components/VideoPlayer.astro). Both take their colours and proportions from
 * here, so a change here changes both. Plain data, safe anywhere.
 */

export const CARD_COLORS = {
  background: "#123c37",
  text: "#f7f2e8",
  muted: "#b9cbc5",
  chip: "#f2b84b",
  chipText: "#1d1a12",
} as const;

/** Sizes in hundredths of the picture's width, so every size looks alike. */
export const CARD_PROPORTIONS = {
  /** Space above and below the content, and either side of it. */
  paddingBlock: 6,
  paddingInline: 7,
  /** The site's name, in small capitals with a dot before it. */
  siteSize: 2.3,
  siteGap: 1.4,
  dotSize: 1.4,
  /** From the site's name down to the title. */
  titleTop: 4,
  titleSize: 6.4,
  /** A long title (see isLongCardTitle) is set this size instead. */
  longTitleSize: 5.2,
  /** Between the chip, the title and the short bar under it. */
  titleGap: 2.2,
  /** The short bar under the title. */
  ruleWidth: 8,
  ruleHeight: 0.6,
  ruleRadius: 0.3,
  /** A drill's time, in a chip above the title (PNG cards only). */
  chipSize: 4,
  chipPaddingBlock: 0.7,
  chipPaddingInline: 2,
  chipRadius: 1,
  /** The line at the foot, such as "8 min video" (PNG cards only). */
  captionSize: 2.3,
  captionHeight: 3,
} as const;

/** Line height and letter spacing, relative to the text's own size. */
export const CARD_TYPE = {
  titleLineHeight: 1.12,
  titleLetterSpacing: "-0.01em",
  siteLetterSpacing: "0.04em",
} as const;

/** A title this long is set a size smaller, in the PNG cards and in the player's poster. */
export const isLongCardTitle = (title: string) => title.length > 60;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The tokens as CSS custom properties for `selector`, which the page's poster is styled with:
 * `--card-background: #123c37;`, and proportions as plain numbers (`--card-title-size: 6.4;`)
 * for the stylesheet to turn into hundredths of the poster's width (`* 1cqi`, `* 1%`).
 */
export function cardTokensCss(selector: string): string {
  const properties = [...Object.entries(CARD_COLORS), ...Object.entries(CARD_PROPORTIONS), ...Object.entries(CARD_TYPE)];
  return `${selector} {\n${properties.map(([name, value]) => `  --card-${kebab(name)}: ${String(value)};\n`).join("")}}\n`;
}
