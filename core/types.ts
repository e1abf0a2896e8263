// The shapes that leave core/. Field names are a contract: the popup, the library, the CLI and the
// eval scripts all read them, so rename nothing without changing every reader.

export interface Quote {
  text: string;
  speaker: string | null;
  cue: string | null;
  paragraphIndex: number;
  confidence: number;
  /** Under six words: a reader may hide it. */
  short: boolean;
}

export interface RelatedLink {
  title: string;
  url: string;
}

/** One entry per clutter filter that fired. */
export interface RemovedEntry {
  filter: string;
  /** The filter's label, so a page can show the log without loading the filters. */
  label: string;
  count: number;
  /** The first few removed texts, trimmed, so a user can see what went and why. */
  samples: string[];
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** Sanitized HTML of the story. */
  contentHtml: string;
  /** Plain text, one blank line between blocks. */
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  /** The original story a republishing page points to, else null. */
  sourceUrl: string | null;
  quotes: Quote[];
  relatedLinks: RelatedLink[];
  removed: RemovedEntry[];
}

export type NoArticleReason = 'no-article' | 'too-large' | 'unreadable';

export type ExtractResult = { ok: true; article: Article } | { ok: false; reason: NoArticleReason; message: string };

export interface ExtractOptions {
  /** Filter ids to turn off for this run (the rest keep their defaults unless in `enable`). */
  disable?: string[];
  /** Filter ids to turn on even when off by default. */
  enable?: string[];
  /** The window whose DOMPurify sanitizes, for a document that has none of its own (one made by
   * DOMParser, as the Node CLI does). */
  window?: Window;
  /** Pages nested deeper than this are refused as too large (default core/extract.ts MAX_DEPTH). */
  maxDepth?: number;
  /** Extra CSS selectors whose elements are removed before extraction. */
  removeSelectors?: string[];
  /** Elements matching these are never removed by a filter. */
  keepSelectors?: string[];
  /** Extra text rules: a block whose whole text matches one is removed. */
  textPatterns?: RegExp[];
}
