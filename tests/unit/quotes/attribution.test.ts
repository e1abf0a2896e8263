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

  it.each([
    ['“This year it is about meaning,” says Estera Events Co-Owner and Lead Planner Erica Vanco.', 'Erica Vanco'],
    [
      '“Machine learning is changing every industry,” said MIT computer science professor Aleksander Madry.',
      'Aleksander Madry',
    ],
    ['“Google Cloud has led for a long time here,” said theCUBE’s Savannah Peterson.', 'Savannah Peterson'],
    ['“It is important to engage with these new tools,” said Dr. Joan LaRovere, a cardiologist.', 'Joan LaRovere'],
    ['“There is Mustang DNA in this fast new car,” Car Talk’s John Paul said.', 'John Paul'],
    ['Car Talk’s expert tester, John Paul, said, “The Mach-E with AWD is a great car.”', 'John Paul'],
  ])('takes the name after a title: %s', (text, speaker) => {
    expect(run(text)[0]?.speaker).toBe(speaker);
  });

  it('does not take a sentence opener after the quote for a speaker', () => {
    const [q] = run(
      'Ken Steinhauser said of studying at a firm that “people who succeed here build a lot of buffer.” Often kids agreed.',
    );
    expect(q?.speaker).toBe('Ken Steinhauser');
  });

  it('resolves a short name to the full name after a title', () => {
    const quotes = run(
      'Forbes Functions Founder Cameron Forbes says not to worry about matching sets.',
      '“These perfectly imperfect details add warmth and personality,” Forbes says.',
    );
    expect(quotes[0]!.speaker).toBe('Cameron Forbes');
  });

  it('gives a quote to the speaker of the sentence before it, or later in its own sentence', () => {
    const quotes = run(
      'Monica Bhatt leads the lab. Instead, Bhatt said researchers are turning to targeted help. “We are focused on which tutoring models work for which students.”',
      'Many people report sharper thinking, but “clinical trials have not been able to show the same benefits” in healthy people, says Duane Mellor.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Monica Bhatt', 'Duane Mellor']);
  });

  it('reads an unnamed speaker to the end of the description', () => {
    const [q] = run(
      '“There is a very dreary mood on campus now,” said a recent computer science graduate who asked not to be named.',
    );
    expect(q?.speaker).toBe('a recent computer science graduate');
  });

  it('leaves out unattributed questions, prompts and imagined first-person lines', () => {
    const quotes = run(
      'Ask your team: “Why do your customers buy from you in the first place?”',
      'You type “Does the article discuss a data breach - answer only Yes or No” into the box.',
      'We have all thought “I think I left the stove on again today” on a trip.',
    );
    expect(quotes.filter((q) => !q.short)).toEqual([]);
  });

  it('keeps an unattributed line about the US among reported speech', () => {
    const quotes = run(
      'Officials said growth would slow.',
      'The forecast reads: “The US economy will grow by three percent next year.”',
    );
    expect(quotes.map((q) => q.text)).toEqual(['The US economy will grow by three percent next year.']);
  });

  it('closes a quote opened with a straight mark at a curly one', () => {
    const quotes = run('"With 1,000 hp and huge tires, the truck is unstoppable,” says Zane Merva. "It is great."');
    expect(quotes[0]).toMatchObject({
      text: 'With 1,000 hp and huge tires, the truck is unstoppable',
      speaker: 'Zane Merva',
    });
  });
});
