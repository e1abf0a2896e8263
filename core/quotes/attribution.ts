// Who said a quote: the attribution patterns news writing uses, around the quote in its paragraph.
import { NAME, NOT_A_NAME } from './names';
import { nameAfterCue } from './titled-name';

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
// It runs to the end of its noun phrase: "said a recent computer science graduate who asked …".
const DESC = `(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?[\\p{L}'’-]+(?=\\s*(?:[,.;:!?“”"]|$)|\\s+(?:who|which|that|in|at|on|during|after|before|when|while|as|also|later|then|${CUE})\\b)`;
const WHO = `(${NAME}|${PRONOUN}|${DESC})`;
const CAP_WORD = "\\p{Lu}[\\p{L}'’-]*\\p{L}";
/** Cues that can come before their speaker ("said Jane Doe"); "told X" names the listener. */
const INVERTED_CUE = `(?:${CUES.filter((c) => !/^(?:told|tells|telling|asked|asks|asking)$/.test(c)).join('|')})`;
/** The words after an inverted cue, up to the end of the clause (initials keep their dot). */
const PHRASE =
  '(?:[^,.;:!?“”"()—–\\n]|(?<=(?:^|\\s)(?:\\p{Lu}|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt))\\.)+';
/** ", the group's chair," between a name and its verb. */
const APPOSITIVE = '(?:,[^,“”"]{1,80},)?';
const ADVERB = '(?:\\s+(?:also|later|then|previously|recently|simply|once|again|further|earlier|now))?';

export interface Attribution {
  speaker: string;
  cue: string;
  pronoun: boolean;
  strength: number;
}

/** `phrase`: the speaker group is the clause after an inverted cue, read by nameAfterCue. */
interface Pattern {
  re: RegExp;
  who: number;
  cue: number;
  strength: number;
  phrase?: boolean;
  generic?: boolean;
}

const after: Pattern[] = [
  // ”, Mr Johnson said.  /  ,” she told the BBC.
  { re: new RegExp(`^[\\s,.;:!?—–-]*${WHO}${ADVERB}\\s+(${CUE})\\b`, 'u'), who: 1, cue: 2, strength: 0.9 },
  // ,” says Estera Events Co-Owner and Lead Planner Erica Vanco.  /  ,” said theCUBE’s Savannah Peterson.
  {
    re: new RegExp(`^[\\s,.;:!?—–-]*(${INVERTED_CUE})\\s+(${PHRASE})`, 'u'),
    who: 2,
    cue: 1,
    strength: 0.9,
    phrase: true,
  },
  // ,” said Priya Nair, the group's chair.  /  ,” said wear-tester Eileen Cody.
  {
    re: new RegExp(`^[\\s,.;:!?—–-]*(${CUE})\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NAME})`, 'u'),
    who: 2,
    cue: 1,
    strength: 0.9,
  },
  { re: new RegExp(`^[\\s,.;:!?—–-]*(${CUE})\\s+(${DESC})`, 'u'), who: 2, cue: 1, strength: 0.8 },
  // ,” Wilgus clarifies.  — any verb in -s or -ed right after the name is an attribution here.
  // Not after a quote that ended its sentence ("…” Often kids don't …"), and not "is", "has".
  {
    re: new RegExp(`^[\\s,]*${WHO}${ADVERB}\\s+(\\p{Ll}{2,}(?:s|ed))\\b`, 'u'),
    who: 1,
    cue: 2,
    strength: 0.75,
    generic: true,
  },
  // ” — Mr Johnson
  { re: new RegExp(`^\\s*[—–-]+\\s*(${NAME})`, 'u'), who: 1, cue: -1, strength: 0.8 },
];

/** The text after the last sentence break: an attribution's verb sits there, or not at all. */
const lastSentence = (s: string) =>
  s.slice(Math.max(...['.', '!', '?', '“', '”', '"'].map((c) => s.lastIndexOf(c))) + 1);

// Each before-pattern ends at the quote ($) and so is tried from every position of the text before
// it; `pre` is a cheap test that must pass first, which spares most of those tries.
const before: (Pattern & { pre: (head: string) => boolean })[] = [
  // Mr Johnson said: “…  /  She told the BBC: “…  /  Keatley says, “…
  {
    pre: (h) => /[:,]$/.test(h.trimEnd()),
    re: new RegExp(`${WHO}${APPOSITIVE},?${ADVERB}\\s+(${CUE})\\b[^“”"«»]{0,80}?[:,]\\s*$`, 'u'),
    who: 1,
    cue: 2,
    strength: 0.9,
  },
  // Zane Merva, an expert, suggested that …, saying, “…
  {
    pre: (h) => /\b(?:saying|adding|noting|explaining|writing|telling)\b/.test(h),
    re: new RegExp(
      `${WHO}${APPOSITIVE}${ADVERB}\\s+(${CUE}|\\p{Ll}+)\\b[^“”"«».!?]{0,160}?\\b(?:saying|adding|noting|explaining|writing|telling [^,]{1,40})(?:\\s+that)?[:,]?\\s*$`,
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
  // … including tester John Mikovits: “…
  {
    pre: (h) => /:\s*$/.test(h),
    re: new RegExp(`\\s\\p{Ll}+\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){1,2})\\s*:\\s*$`, 'u'),
    who: 1,
    cue: -1,
    strength: 0.6,
  },
];

/** Attributions that sit further from the quote: tried only when none sits right beside it. */
const later: Pattern[] = [
  // “…” in healthy individuals, says Mellor.  — the sentence goes on past the quote to its speaker.
  {
    re: new RegExp(`^[^.!?“”"]{1,160}?,\\s*(${INVERTED_CUE})\\s+(${PHRASE})`, 'u'),
    who: 2,
    cue: 1,
    strength: 0.6,
    phrase: true,
  },
];

/** The sentence before the quote names its speaker: "…, Madry added. “I don’t think …”". */
const previousSentence: Pattern[] = [
  { re: new RegExp(`${WHO}${APPOSITIVE}${ADVERB}\\s+(${CUE})\\b`, 'u'), who: 1, cue: 2, strength: 0.5 },
  { re: new RegExp(`(${INVERTED_CUE})\\s+(${PHRASE})`, 'u'), who: 2, cue: 1, strength: 0.5, phrase: true },
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
        if (!/^(?:I|We|You|He|She|They|It|The|A|An)$/.test(who) && !NOT_A_NAME.has(who.split(/\s+/)[0]!)) {
          out.push(who);
        }
      }
    }
  }
  return out;
}

const HAS_CUE = new RegExp(`\\b${CUE}\\b`);
const SAYER_FORMS = [
  new RegExp(`(${NAME})${APPOSITIVE}${ADVERB}\\s+(?:${CUE})\\b`, 'gu'),
  new RegExp(`(?:${INVERTED_CUE})\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${NAME})`, 'gu'),
];

/** The before-quote patterns look this far back at most: an attribution sits within a sentence of
 * its quote, and the patterns cost time in proportion to the text they are tried on. */
const HEAD_WINDOW = 600;

export function attributeFromContext(head: string, tail: string, quote = ''): Attribution | null {
  // A quote that ends its own sentence is followed by a new sentence, whose subject is not the speaker.
  const endsSentence = /[.]$/.test(quote.trim());
  const near = head.length > HEAD_WINDOW ? head.slice(head.indexOf(' ', head.length - HEAD_WINDOW) + 1) : head;
  const fromAfter = () => firstAttribution(after, tail, (p) => !(p.generic && endsSentence));
  const fromBefore = () => firstAttribution(before, near, (p) => p.pre(near));
  // When the quote ends its sentence, the sentence's own opening ("X said that “…”") names the
  // speaker before anything after it does ("… .” Mann agreed that …" is the next sentence).
  return (
    (endsSentence ? (fromBefore() ?? fromAfter()) : (fromAfter() ?? fromBefore())) ??
    (endsSentence ? null : firstAttribution(later, tail)) ??
    fromPreviousSentence(near)
  );
}

/** The first of `patterns` that matches `text` (and that `use` allows) and names a speaker. */
function firstAttribution<P extends Pattern>(
  patterns: readonly P[],
  text: string,
  use: (p: P) => boolean = () => true,
): Attribution | null {
  for (const p of patterns) {
    if (!use(p)) continue;
    const m = p.re.exec(text);
    const a = m && make(speakerOf(m, p), p.cue >= 0 ? m[p.cue]! : 'said', p.strength);
    if (a) return a;
  }
  return null;
}

/** The matched speaker; a clause after an inverted cue gives the name that ends it, after any title. */
function speakerOf(m: RegExpExecArray, p: Pattern): string {
  const text = m[p.who]!;
  return p.phrase ? (nameAfterCue(text) ?? '') : text;
}

function fromPreviousSentence(head: string): Attribution | null {
  const text = head.trimEnd();
  if (!/[.!?]$/.test(text)) return null;
  const sentence = lastSentence(text.slice(0, -1));
  return HAS_CUE.test(sentence) ? firstAttribution(previousSentence, sentence) : null;
}

const LEADING_WORD =
  /^(?:But|And|So|Yet|Still|Also|Then|Now|Here|There|Meanwhile|However|Instead|Later|Earlier|As|Indeed)\s+/;

function make(who: string, cue: string, strength: number): Attribution | null {
  const speaker = who.trim().replace(LEADING_WORD, '');
  if (!speaker) return null;
  // "I said", "we wrote": the writer, not a named speaker.
  if (/^(?:I|We|You)$/.test(speaker)) return null;
  if (NOT_A_NAME.has(speaker.split(/\s+/)[0]!)) return null;
  return { speaker, cue: cue.toLowerCase(), pronoun: new RegExp(`^${PRONOUN}$`).test(speaker), strength };
}
