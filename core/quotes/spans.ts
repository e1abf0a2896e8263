// Finding quoted spans in a story's paragraphs. A quotation that runs over several paragraphs (the
// paragraph ends with no closing mark and the next opens with a mark) is one span.

export interface Paragraph {
  text: string;
  index: number;
}

export interface QuoteSpan {
  text: string;
  paragraphIndex: number;
  /** Text before the opening mark in the first paragraph. */
  head: string;
  /** Text after the closing mark in the last paragraph. */
  tail: string;
  /** Position in the list of paragraphs (not the story index) where the span starts and ends. */
  startPara: number;
  endPara: number;
  /** The span ran to the end of a paragraph with no closing mark and no continuation. */
  unterminated: boolean;
}

const PAIRS: Record<string, string[]> = {
  // Pages mix curly and straight marks: “…" and "…” both close.
  '“': ['”', '"'],
  '„': ['“', '”'],
  '«': ['»'],
  '»': ['«'],
  '"': ['"', '”'],
  '‘': ['’'],
  "'": ["'"],
};
const OPENERS = new Set(Object.keys(PAIRS));
const LETTER = /[\p{L}\p{N}]/u;

function isOpening(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!OPENERS.has(ch)) return false;
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? '';
  if (!next || /\s/.test(next)) return false;
  // Single quotes double as apostrophes: an opener needs no letter before it (rock ’n’ roll, don't).
  if ((ch === '‘' || ch === "'") && LETTER.test(prev)) return false;
  if (ch === '"' && LETTER.test(prev)) return false;
  if (ch === '»' && prev !== ' ' && i > 0) return false;
  return true;
}

function findClose(text: string, open: string, from: number): number {
  const closers = PAIRS[open]!;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (!closers.includes(ch)) continue;
    if (open === '‘' || open === "'") {
      // ’ between letters is an apostrophe (don’t), not the end of the quote.
      const after = text[i + 1] ?? '';
      if (LETTER.test(after) && LETTER.test(text[i - 1] ?? '')) continue;
      if (/[sS]/.test(after) && !LETTER.test(text[i + 2] ?? '')) continue; // the minister’s
    }
    return i;
  }
  return -1;
}

export function findSpans(paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!.text;
    let i = 0;
    while (i < text.length) {
      if (!isOpening(text, i)) {
        i++;
        continue;
      }
      const open = text[i]!;
      const close = findClose(text, open, i + 1);
      if (close >= 0) {
        spans.push({
          text: text.slice(i + 1, close).trim(),
          paragraphIndex: paragraphs[p]!.index,
          head: text.slice(0, i),
          tail: text.slice(close + 1),
          startPara: p,
          endPara: p,
          unterminated: false,
        });
        i = close + 1;
        continue;
      }
      // No closing mark here: does the quote run on into the next paragraphs?
      const parts = [text.slice(i + 1).trim()];
      let q = p;
      let tail = '';
      let closed = false;
      while (q + 1 < paragraphs.length) {
        const next = paragraphs[q + 1]!.text;
        if (!OPENERS.has(next[0] ?? '')) break;
        q++;
        const c = findClose(next, next[0]!, 1);
        if (c >= 0) {
          parts.push(next.slice(1, c).trim());
          tail = next.slice(c + 1);
          closed = true;
          break;
        }
        parts.push(next.slice(1).trim());
      }
      spans.push({
        text: parts.join(' '),
        paragraphIndex: paragraphs[p]!.index,
        head: text.slice(0, i),
        tail,
        startPara: p,
        endPara: q,
        unterminated: !closed && q === p,
      });
      p = q; // the outer loop's p++ moves past the last paragraph of this quote
      break;
    }
  }
  return spans;
}
