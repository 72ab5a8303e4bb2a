import type { Article } from "../content/article-schema";
import { chapterSpans } from "../browser/drill-span";
import { addressAtMoment } from "../browser/moment-address";
import { formatIsoDate, formatIsoDuration } from "../browser/time";
import { youtubeEmbedUrl, youtubeWatchUrl } from "../browser/youtube";

/** The absolute addresses structured data points at. */
export interface ArticleUrls {
  home: string;
  article: string;
  /** The article's social card (1200x630). */
  card: string;
  /** The video's poster (16:9). */
  poster: string;
}

/**
 * schema.org data for an article page: the `Article`, and its `VideoObject` with one `Clip`
 * per chapter, which search engines show as the video's key moments.
 */
export function articleStructuredData(article: Article, urls: ArticleUrls, siteName: string) {
  const { video, chapters } = article;
  const videoId = `${urls.article}#video`;
  const author = { "@type": article.author === siteName ? "Organization" : "Person", name: article.author };
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Article",
        headline: article.title,
        description: article.description,
        datePublished: formatIsoDate(article.publishDate),
        dateModified: formatIsoDate(article.updatedDate ?? article.publishDate),
        author,
        publisher: { "@type": "Organization", name: siteName, url: urls.home },
        image: urls.card,
        mainEntityOfPage: { "@type": "WebPage", "@id": urls.article },
        video: { "@id": videoId },
      },
      {
        "@type": "VideoObject",
        "@id": videoId,
        name: video.title,
        description: article.description,
        thumbnailUrl: [urls.poster, urls.card],
        // The video is published with its article.
        uploadDate: formatIsoDate(article.publishDate),
        duration: formatIsoDuration(video.duration),
        embedUrl: youtubeEmbedUrl(video.youtubeId),
        url: youtubeWatchUrl(video.youtubeId),
        hasPart: chapterSpans(chapters, video.duration).map(({ chapter, span }) => ({
          "@type": "Clip",
          name: chapter.title,
          startOffset: span.start,
          endOffset: span.end,
          url: addressAtMoment(urls.article, chapter.at),
        })),
      },
    ],
  };
}

/** JSON for a `<script type="application/ld+json">`: no "<" can close the element early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
