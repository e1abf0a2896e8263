// Who said a quote: the attribution patterns news writing uses, around the quote in its paragraph.
import { NAME } from './names';

export const CUES = [
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'explained',
  'explains',
  'noted',
  'notes',
  'warned',
  'warns',
  'wrote',
  'writes',
  'asked',
  'asks',
  'argued',
  'argues',
  'continued',
  'continues',
  'recalled',
  'recalls',
  'stated',
  'states',
  'insisted',
  'insists',
  'claimed',
  'claims',
  'suggested',
  'suggests',
  'commented',
  'observed',
  'observes',
  'shared',
  'shares',
  'acknowledged',
  'acknowledges',
  'admitted',
  'admits',
  'agreed',
  'agrees',
  'announced',
  'emphasized',
  'emphasizes',
  'emphasised',
  'emphasises',
  'stressed',
  'stresses',
  'replied',
  'replies',
  'responded',
  'responds',
  'answered',
  'remarked',
  'reported',
  'reports',
  'mentioned',
  'mentions',
  'concluded',
  'concludes',
  'cautioned',
  'cautions',
  'advised',
  'advises',
  'recommended',
  'recommends',
  'pointed out',
  'points out',
  'urged',
  'urges',
  'posted',
  'tweeted',
  'declared',
  'declares',
  'predicted',
  'predicts',
  'believes',
  'believed',
  'thinks',
  'described',
  'describes',
  'put it',
  'puts it',
  'joked',
  'jokes',
  'laughed',
  'recounted',
  'remembered',
  'confirmed',
  'confirms',
  'estimated',
  'clarified',
  'clarifies',
  'add',
  'say',
  'adds that',
  'offered',
  'offers',
  'elaborated',
  'elaborates',
  'quipped',
  'muses',
  'mused',
  'reflects',
  'reflected',
  'counters',
  'countered',
  'cautions that',
  'wonders',
  'wondered',
  'concedes',
  'conceded',
  'recommends that',
  'tweeted',
  'advised',
  'estimates',
  'adding',
  'saying',
  'explaining',
  'noting',
  'telling',
  'writing',
  'asking',
];
const CUE = `(?:${CUES.join('|')})`;
const PRONOUN = '(?:he|she|they|it|He|She|They|It)';
/** An unnamed speaker as the story describes them: "a Foreign Office spokeswoman", "the source". */
const DESC = "(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?[\\p{L}'’-]+";
const WHO = `(${NAME}|${PRONOUN}|${DESC})`;
/** ", the group's chair," between a name and its verb. */
const APPOSITIVE = '(?:,[^,“”"]{1,80},)?';
const ADVERB = '(?:\\s+(?:also|later|then|previously|recently|simply|once|again|further|earlier|now))?';

export interface Attribution {
  speaker: string;
  cue: string;
  pronoun: boolean;
  strength: number;
}

const after: { re: RegExp; who: number; cue: number; strength: number }[] = [
  // ”, Mr Johnson said.  /  ,” she told the BBC.
  { re: new RegExp(`^[\\s,.;:!?—–-]*${WHO}${ADVERB}\\s+(${CUE})\\b`, 'u'), who: 1, cue: 2, strength: 0.9 },
  // ,” said Priya Nair, the group's chair.  /  ,” said wear-tester Eileen Cody.
  {
    re: new RegExp(`^[\\s,.;:!?—–-]*(${CUE})\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NAME})`, 'u'),
    who: 2,
    cue: 1,
    strength: 0.9,
  },
  { re: new RegExp(`^[\\s,.;:!?—–-]*(${CUE})\\s+(${DESC})`, 'u'), who: 2, cue: 1, strength: 0.8 },
  // ,” Wilgus clarifies.  — any verb in -s or -ed right after the name is an attribution here.
  { re: new RegExp(`^[\\s,]*${WHO}${ADVERB}\\s+(\\p{Ll}+(?:s|ed))\\b`, 'u'), who: 1, cue: 2, strength: 0.75 },
  // ” — Mr Johnson
  { re: new RegExp(`^\\s*[—–-]+\\s*(${NAME})`, 'u'), who: 1, cue: -1, strength: 0.8 },
];

/** The text after the last sentence break: an attribution's verb sits there, or not at all. */
const lastSentence = (s: string) =>
  s.slice(Math.max(...['.', '!', '?', '“', '”', '"'].map((c) => s.lastIndexOf(c))) + 1);

// Each before-pattern ends at the quote ($) and so is tried from every position of the text before
// it; `pre` is a cheap test that must pass first, which spares most of those tries.
const before: { re: RegExp; who: number; cue: number; strength: number; pre: (head: string) => boolean }[] = [
  // Mr Johnson said: “…  /  She told the BBC: “…  /  Keatley says, “…
  {
    pre: (h) => /[:,]$/.test(h.trimEnd()),
    re: new RegExp(`${WHO}${APPOSITIVE}${ADVERB}\\s+(${CUE})\\b[^“”"«»]{0,80}?[:,]\\s*$`, 'u'),
    who: 1,
    cue: 2,
    strength: 0.9,
  },
  // Zane Merva, an expert, suggested that …, saying, “…
  {
    pre: (h) => /\b(?:saying|adding|noting|explaining|writing|telling)\b/.test(h),
    re: new RegExp(
      `${WHO}${APPOSITIVE}${ADVERB}\\s+(${CUE}|\\p{Ll}+ed)\\b[^“”"«».!?]{0,160}?\\b(?:saying|adding|noting|explaining|writing|telling [^,]{1,40})[:,]?\\s*$`,
      'u',
    ),
    who: 1,
    cue: 2,
    strength: 0.8,
  },
  // According to Dr Smith, “…
  {
    pre: (h) => /according to/i.test(h),
    re: new RegExp(`(according to)\\s+(${NAME}|${DESC})[,:]?\\s*$`, 'iu'),
    who: 2,
    cue: 1,
    strength: 0.8,
  },
  // The Foreign Office said the UK had “deep differences”: the cue earlier in the same sentence.
  {
    pre: (h) => HAS_CUE.test(lastSentence(h)),
    re: new RegExp(`${WHO}${ADVERB}\\s+(${CUE})\\b[^.!?“”"]*$`, 'u'),
    who: 1,
    cue: 2,
    strength: 0.7,
  },
  // Interview style — Jane Doe: “…
  { pre: () => true, re: new RegExp(`^\\s*(${NAME})\\s*:\\s*$`, 'u'), who: 1, cue: -1, strength: 0.7 },
];

/** Everyone the text shows saying something ("Keri Gans says", "said Dr Parr"): the people a
 * pronoun can stand for. */
export function findSayers(text: string): string[] {
  const out: string[] = [];
  // Only lines with a cue verb can hold a sayer: the name patterns are costly to try at every
  // position of a long story, and most lines have no cue at all.
  for (const line of text.split('\n')) {
    if (!HAS_CUE.test(line)) continue;
    for (const re of SAYER_FORMS) {
      for (const m of line.matchAll(re)) {
        const who = m[1]!.trim().replace(LEADING_WORD, '');
        if (!/^(?:I|We|You|He|She|They|It|This|That|These|Those|The|A|An)$/.test(who)) out.push(who);
      }
    }
  }
  return out;
}

const HAS_CUE = new RegExp(`\\b${CUE}\\b`);
const SAYER_FORMS = [
  new RegExp(`(${NAME})${APPOSITIVE}${ADVERB}\\s+(?:${CUE})\\b`, 'gu'),
  new RegExp(`(?:${CUE})\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NAME})`, 'gu'),
];

/** The before-quote patterns look this far back at most: an attribution sits within a sentence of
 * its quote, and the patterns cost time in proportion to the text they are tried on. */
const HEAD_WINDOW = 600;

export function attributeFromContext(head: string, tail: string): Attribution | null {
  for (const p of after) {
    const m = p.re.exec(tail);
    const a = m && make(m[p.who]!, p.cue >= 0 ? m[p.cue]! : 'said', p.strength);
    if (a) return a;
  }
  const near = head.length > HEAD_WINDOW ? head.slice(head.indexOf(' ', head.length - HEAD_WINDOW) + 1) : head;
  for (const p of before) {
    if (!p.pre(near)) continue;
    const m = p.re.exec(near);
    const a = m && make(m[p.who]!, p.cue >= 0 ? m[p.cue]! : 'said', p.strength);
    if (a) return a;
  }
  return null;
}

const LEADING_WORD = /^(?:But|And|So|Yet|Still|Also|Then|Now|Here|There|Meanwhile|However|Instead|Later|Earlier)\s+/;

function make(who: string, cue: string, strength: number): Attribution | null {
  const speaker = who.trim().replace(LEADING_WORD, '');
  // "I said", "we wrote": the writer, not a named speaker.
  if (/^(?:I|We|You)$/.test(speaker)) return null;
  return { speaker, cue: cue.toLowerCase(), pronoun: new RegExp(`^${PRONOUN}$`).test(speaker), strength };
}
