import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import satori from "satori";
import sharp from "sharp";

/**
 * The site's picture of an article: its title in large type on a calm background, the
 * site name, and optionally a bold chip (a drill's time). The video poster and social
 * cards are all drawn by this one renderer so they share one look. Fonts come from
 * installed npm packages, so rendering never touches the network.
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

export const CARD_COLORS = {
  background: "#123c37",
  text: "#f7f2e8",
  muted: "#b9cbc5",
  chip: "#f2b84b",
  chipText: "#1d1a12",
} as const;

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

/** A title this long is set a size smaller, here and in the player's poster. */
export const isLongCardTitle = (title: string) => title.length > 60;

export async function renderCardPng(card: CardContent): Promise<Buffer> {
  const unit = card.width / 100;
  const titleSize = Math.round(isLongCardTitle(card.title) ? unit * 5.2 : unit * 6.4);
  const tree = box(
    {
      width: "100%",
      height: "100%",
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      padding: `${unit * 6}px ${unit * 7}px`,
      backgroundColor: CARD_COLORS.background,
      color: CARD_COLORS.text,
      fontFamily: "Serif",
    },
    [
      box(
        {
          display: "flex",
          alignItems: "center",
          gap: unit * 1.4,
          fontFamily: "Sans",
          fontSize: unit * 2.3,
          color: CARD_COLORS.muted,
          letterSpacing: "0.04em",
        },
        [
          box({ width: unit * 1.4, height: unit * 1.4, borderRadius: "50%", backgroundColor: CARD_COLORS.chip }),
          card.siteName.toUpperCase(),
        ],
      ),
      box({ display: "flex", flexDirection: "column", width: "100%", gap: unit * 2.2, marginTop: unit * 4, flexGrow: 1 }, [
        card.chip
          ? box(
              {
                display: "flex",
                alignSelf: "flex-start",
                padding: `${unit * 0.7}px ${unit * 2}px`,
                borderRadius: unit * 1,
                backgroundColor: CARD_COLORS.chip,
                color: CARD_COLORS.chipText,
                fontFamily: "Sans",
                fontSize: unit * 4,
              },
              card.chip,
            )
          : null,
        box({ display: "flex", width: "100%", fontSize: titleSize, lineHeight: 1.12, letterSpacing: "-0.01em" }, card.title),
        box({ width: unit * 8, height: unit * 0.6, borderRadius: unit * 0.3, backgroundColor: CARD_COLORS.chip }),
      ]),
      box(
        { display: "flex", minHeight: unit * 3, fontFamily: "Sans", fontSize: unit * 2.3, color: CARD_COLORS.muted },
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
  // A few flat colours and text: a palette PNG looks the same at a third of the bytes.
  return sharp(png).png({ palette: true, quality: 90, effort: 10 }).toBuffer();
}
