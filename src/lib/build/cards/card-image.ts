import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import satori from "satori";
import sharp from "sharp";
import { CARD_COLORS, CARD_PROPORTIONS as P, CARD_TYPE, isLongCardTitle } from "../../browser/card-tokens";

/**
 * The site's picture of an article: its title in large type on a calm background, the
 * site name, and optionally a bold chip (a drill's time). The video poster and social
 * cards are all drawn by this one renderer, in the colours and proportions the page's poster
 * also takes (src/lib/browser/card-tokens.ts). Fonts come from installed npm packages, so
 * rendering never touches the network. What each card says is in ./cards.ts.
 */
export interface CardContent {
  title: string;
  siteName: string;
  /** A short line under the title, such as "8 min video". */
  caption?: string;
  /** Bold text in a chip above the title, such as "4:20". */
  chip?: string;
  width: number;
  height: number;
}

const require = createRequire(import.meta.url);

/** The typefaces cards are set in, from installed `@fontsource` packages. */
export const CARD_FONTS = [
  { name: "Serif", file: "@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff" },
  { name: "Sans", file: "@fontsource/inter/files/inter-latin-600-normal.woff" },
] as const;

/** The font files' bytes, read once per build. */
let fontData: Promise<Buffer[]> | undefined;
export function cardFontData(): Promise<Buffer[]> {
  fontData ??= Promise.all(CARD_FONTS.map((font) => readFile(require.resolve(font.file))));
  return fontData;
}

async function loadFonts(): Promise<Parameters<typeof satori>[1]["fonts"]> {
  const data = await cardFontData();
  return CARD_FONTS.map((font, index) => {
    const bytes = data[index];
    if (!bytes) throw new Error(`The card font ${font.file} was not read`);
    return { name: font.name, data: bytes, weight: 600 as const, style: "normal" as const };
  });
}

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: unknown };
}
const box = (style: Record<string, unknown>, children?: unknown): Node => ({ type: "div", props: { style, children } });

export async function renderCardPng(card: CardContent): Promise<Buffer> {
  const unit = card.width / 100;
  const titleSize = Math.round(isLongCardTitle(card.title) ? unit * P.longTitleSize : unit * P.titleSize);
  const tree = box(
    {
      width: "100%",
      height: "100%",
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      padding: `${unit * P.paddingBlock}px ${unit * P.paddingInline}px`,
      backgroundColor: CARD_COLORS.background,
      color: CARD_COLORS.text,
      fontFamily: "Serif",
    },
    [
      box(
        {
          display: "flex",
          alignItems: "center",
          gap: unit * P.siteGap,
          fontFamily: "Sans",
          fontSize: unit * P.siteSize,
          color: CARD_COLORS.muted,
          letterSpacing: CARD_TYPE.siteLetterSpacing,
        },
        [
          box({ width: unit * P.dotSize, height: unit * P.dotSize, borderRadius: "50%", backgroundColor: CARD_COLORS.chip }),
          card.siteName.toUpperCase(),
        ],
      ),
      box(
        {
          display: "flex",
          flexDirection: "column",
          width: "100%",
          gap: unit * P.titleGap,
          marginTop: unit * P.titleTop,
          flexGrow: 1,
        },
        [
          card.chip
            ? box(
                {
                  display: "flex",
                  alignSelf: "flex-start",
                  padding: `${unit * P.chipPaddingBlock}px ${unit * P.chipPaddingInline}px`,
                  borderRadius: unit * P.chipRadius,
                  backgroundColor: CARD_COLORS.chip,
                  color: CARD_COLORS.chipText,
                  fontFamily: "Sans",
                  fontSize: unit * P.chipSize,
                },
                card.chip,
              )
            : null,
          box(
            {
              display: "flex",
              width: "100%",
              fontSize: titleSize,
              lineHeight: CARD_TYPE.titleLineHeight,
              letterSpacing: CARD_TYPE.titleLetterSpacing,
            },
            card.title,
          ),
          box({
            width: unit * P.ruleWidth,
            height: unit * P.ruleHeight,
            borderRadius: unit * P.ruleRadius,
            backgroundColor: CARD_COLORS.chip,
          }),
        ],
      ),
      box(
        {
          display: "flex",
          minHeight: unit * P.captionHeight,
          fontFamily: "Sans",
          fontSize: unit * P.captionSize,
          color: CARD_COLORS.muted,
        },
        card.caption ?? "",
      ),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: card.width,
    height: card.height,
    fonts: await loadFonts(),
  });
  // Rasterised off the main thread, so other pages of the build go on meanwhile.
  const png = (await renderAsync(svg, { fitTo: { mode: "width", value: card.width } })).asPng();
  // A few flat colours and text: a palette PNG looks the same at a third of the bytes. Flat
  // colours need no dithering, which saves a third of the time (a cold build of a large library
  // spends most of its time on cards). Below effort 4 the palette search rounds colours, and the
  // background would no longer be the poster's exact colour.
  return sharp(png).png({ palette: true, dither: 0, effort: 4 }).toBuffer();
}
