// Direct quotes with their speakers: find spans, attribute each from its own context, then carry
// the running speaker to continuation quotes and resolve pronouns and short names.
import type { Quote } from '../types';
import { countWords } from '../dom/text';
import { attributeFromContext } from './attribution';
import { collectFullNames, fullestName, stripHonorific } from './names';
import { findSpans, type Paragraph } from './spans';

const SHORT_WORDS = 6;

export function extractQuotes(paragraphs: Paragraph[]): Quote[] {
  const spans = findSpans(paragraphs);
  const fullNames = collectFullNames(paragraphs.map((p) => p.text).join('\n'));
  const quotes: Quote[] = [];
  let running = null as { speaker: string; endPara: number } | null;
  let lastNamed = null as string | null;

  for (const span of spans) {
    const words = countWords(span.text);
    if (words === 0) continue;
    let attribution = attributeFromContext(span.head, span.tail);
    let speaker: string | null = null;
    let cue: string | null = null;
    let confidence = 0.3;

    if (attribution?.pronoun) {
      // "he said": the running speaker, else the last person the story named.
      speaker = running?.speaker ?? lastNamed ?? null;
      cue = attribution.cue;
      confidence = speaker ? 0.7 : 0.3;
      attribution = null;
    } else if (attribution) {
      speaker = fullestName(attribution.speaker, fullNames);
      cue = attribution.cue;
      confidence = attribution.strength;
    } else if (running && span.startPara - running.endPara <= 1) {
      // A quote with no attribution of its own, in or right after the paragraph of an attributed
      // quote, continues that speaker's run.
      speaker = running.speaker;
      confidence = 0.6;
    }

    if (!speaker && words >= SHORT_WORDS && looksLikeTitle(span.text)) continue;
    if (speaker) {
      running = { speaker, endPara: span.endPara };
      if (isPersonName(speaker)) lastNamed = speaker;
    }
    quotes.push({
      text: span.text.replace(/[\s,]+$/, ''),
      speaker,
      cue,
      paragraphIndex: span.paragraphIndex,
      confidence,
      short: words < SHORT_WORDS,
    });
  }
  return quotes;
}

/** Book, film and song titles are quoted in Title Case; speech rarely is. */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length === 0) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length > 0.7 && !/[.!?]$/.test(text.trim());
}

function isPersonName(s: string): boolean {
  const bare = stripHonorific(s);
  return /^\p{Lu}/u.test(bare) && bare.split(/\s+/).length <= 4 && !/^(?:The|A|An)\s/.test(bare);
}
