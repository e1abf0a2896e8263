// Direct quotes with their speakers: find spans, attribute each from its own context, then carry
// the running speaker to continuation quotes and resolve pronouns and short names.
import type { Quote } from '../types';
import { countWords } from '../dom/text';
import { attributeFromContext, CUES, findSayers } from './attribution';
import { collectFullNames, fullestName, lastMentioned, stripHonorific } from './names';
import { findSpans, type Paragraph } from './spans';

const SHORT_WORDS = 6;

export function extractQuotes(paragraphs: Paragraph[]): Quote[] {
  const spans = findSpans(paragraphs);
  const allText = paragraphs.map((p) => p.text).join('\n');
  const fullNames = collectFullNames(allText);
  // People a pronoun may stand for: those the story shows saying something, by their fullest name.
  const sayers = [...new Set(findSayers(allText).map((s) => fullestName(s, fullNames)))].filter((s) => s.includes(' '));
  const quotes: Quote[] = [];
  let running = null as { speaker: string; endPara: number } | null;
  let lastNamed = null as string | null;

  for (const span of spans) {
    const words = countWords(span.text);
    if (words === 0) continue;
    let attribution = attributeFromContext(span.head, span.tail, span.text);
    let speaker: string | null = null;
    let cue: string | null = null;
    let confidence = 0.3;

    if (attribution?.pronoun) {
      // "he said": the last person named before the quote (in its paragraph or the two before),
      // else the running speaker.
      const before = [
        ...paragraphs.slice(Math.max(0, span.startPara - 2), span.startPara).map((p) => p.text),
        span.head,
      ].join('\n');
      // "it said" stands for an organisation, "she said" for a person.
      const org = /^it$/i.test(attribution.speaker);
      const fits = sayers.filter((s) => isPersonName(s) !== org);
      speaker = lastMentioned(before, fits) ?? running?.speaker ?? (org ? null : lastNamed) ?? null;
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

    if (words >= SHORT_WORDS && looksLikeTitle(span.text) && confidence < 0.9) continue;
    if (!speaker && words >= SHORT_WORDS && looksUnspoken(span.text)) continue;
    // Quoted words no one is reported as saying (prompts, hypothetical speech) are not quotes:
    // keep an unattributed one only when speech is reported around it.
    if (!speaker && words >= SHORT_WORDS && !speechNearby(paragraphs, span.startPara, span.endPara)) continue;
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
  // “First part,” which is …, “second part,” Fontana explains: an unattributed quote takes the
  // speaker of the next quote in its paragraph.
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1]!;
    if (!q.speaker && next.speaker && next.paragraphIndex === q.paragraphIndex) {
      q.speaker = next.speaker;
      q.confidence = 0.6;
    }
  }
  return quotes;
}

const SPEECH = new RegExp(`\\b(?:${CUES.join('|')})\\b`, 'i');

function speechNearby(paragraphs: Paragraph[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - 1); i <= Math.min(paragraphs.length - 1, end + 1); i++) {
    if (SPEECH.test(paragraphs[i]!.text)) return true;
  }
  return false;
}

const MINOR_WORDS = /^(?:a|an|the|and|or|nor|but|of|to|in|on|for|with|at|by|from|as|is|it|vs|via)$/;

/** Book, film, song and talk titles are quoted in Title Case ("How to Design a Good API and Why it
 * Matters", "Things You Should Never Do: Part I."); speech rarely is, and speech that is ends in
 * "!" or "?" ("Our Humility Is What Makes Us Great!"). */
function looksLikeTitle(text: string): boolean {
  const words = text
    .split(/\s+/)
    .filter((w) => /^[\p{L}]/u.test(w))
    .filter((w) => !MINOR_WORDS.test(w));
  if (words.length === 0) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
  const end = text.trim().slice(-1);
  if (end === '!' || end === '?') return false;
  return end === '.' ? capitalised >= 0.9 : capitalised > 0.7;
}

/** Words no one is reported as saying: with no speaker, a question ("Why do your customers buy
 * from you?") or a line in the first person ("I think I left the stove on", "Here’s how we
 * implemented X") is a prompt, an example or imagined speech; code is not speech either. */
function looksUnspoken(text: string): boolean {
  const t = text.trim();
  return (
    /\?$/.test(t) ||
    INTERROGATIVE.test(t) ||
    /^[^\p{L}\p{N}[(“"'‘.…]/u.test(t) ||
    // Case matters: "US" is a country, "I" never lower case.
    /\b(?:I|I[’']m|I[’']ve|[Mm]y|[Mm]e|[Ww]e|[Ww]e[’']ve|[Oo]ur|[Uu]s|[Ll]et[’']s)\b/.test(t)
  );
}

/** A question without its mark: "Does the article discuss a data breach - answer only Yes or No". */
const INTERROGATIVE =
  /^(?:Does|Do|Did|Is|Are|Was|Were|Can|Could|Should|Would|Will|Have|Has|What|When|Where|Why|How|Who|Which)\s/;

function isPersonName(s: string): boolean {
  const bare = stripHonorific(s);
  return /^\p{Lu}/u.test(bare) && bare.split(/\s+/).length <= 4 && !/^(?:The|A|An)\s/.test(bare);
}
