import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../core/quotes/extract-quotes';

const run = (...paras: string[]) => extractQuotes(paras.map((text, index) => ({ text, index })));

describe('quote attribution', () => {
  it.each([
    ['“We will not back down from this fight,” Mr Johnson said.', 'Mr Johnson', 'said'],
    ['Priya Nair said: “The council has let people down again and again.”', 'Priya Nair', 'said'],
    ['“The council has let people down again and again,” said Priya Nair, the group’s chair.', 'Priya Nair', 'said'],
    ['“Nobody expected the vote to be this close tonight” — Jane Doe', 'Jane Doe', 'said'],
    ['“It was the best day of my working life so far,” Wilgus clarifies.', 'Wilgus', 'clarifies'],
    ['«Nous ne céderons jamais sur ce point essentiel», a déclaré Marie Curie.', null, null],
  ])('%s', (text, speaker, cue) => {
    const [q] = run(text);
    expect(q?.speaker ?? null).toBe(speaker);
    expect(q?.cue ?? null).toBe(cue);
  });

  it('resolves a short name to the fullest one the story gives', () => {
    const quotes = run(
      'Boris Johnson is to visit Moscow.',
      '“Russia is a fellow permanent member of the Security Council,” Mr Johnson said.',
    );
    expect(quotes[0]!.speaker).toBe('Boris Johnson');
  });

  it('resolves "he said" to the last person named as speaking', () => {
    const quotes = run(
      'Mark Mattson, a neuroscientist at the institute, says the evidence is thin.',
      '“Intermittent fasting increases the activity of the nervous system,” he says.',
    );
    expect(quotes[0]!.speaker).toBe('Mark Mattson');
  });

  it('gives a continuation paragraph to the running speaker and joins a multi-paragraph quote', () => {
    const quotes = run(
      '“This is the first thing I want to say about the plan,” said Ann Lee.',
      '“And this is the second thing, which runs on into',
      '“the next paragraph before it ends here.”',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.text).toBe(
      'And this is the second thing, which runs on into the next paragraph before it ends here.',
    );
    expect(quotes[1]!.speaker).toBe('Ann Lee');
  });

  it('does not take apostrophes for quotes, and leaves out titles', () => {
    const quotes = run(
      'She didn’t read ‘The Rise and Fall of the Third Reich’ at school, and it’s the minister’s job.',
    );
    expect(quotes.filter((q) => !q.short)).toEqual([]);
  });

  it('marks phrases under six words as short', () => {
    const [q] = run('The Foreign Office said the UK had “deep differences” with Russia.');
    expect(q).toMatchObject({ text: 'deep differences', short: true, speaker: 'The Foreign Office' });
  });
});
