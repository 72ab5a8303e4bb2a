import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getDrillPaths } from "../../../lib/articles";
import { qrCodeSvg } from "../../../lib/qr-code";
import { absoluteUrl, drillPath } from "../../../lib/site-paths";

/** The QR code on the printed sheet: it opens the drill's share page, which starts at the drill. */
export const getStaticPaths = getDrillPaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { article, chapter } = props;
  const svg = await qrCodeSvg(absoluteUrl(drillPath(article.id, chapter.slug), site));
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
};
