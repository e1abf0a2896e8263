import { describe, expect, it } from 'vitest';
import { imageCredits } from '../../../core/filters/image-credits';
import { runFilter, STORY } from '../../helpers/dom';

describe('image-credits filter', () => {
  it('is on by default and labelled', () => {
    expect(imageCredits.defaultEnabled).toBe(true);
    expect(imageCredits.label).toBeTruthy();
  });

  it('keeps the caption but drops the credit and the "Image caption" label', () => {
    const r = runFilter(
      'image-credits',
      `${STORY}<figure><img src="a.jpg"><figcaption><span>Image copyright PA</span> <span>Image caption The minister arrives in Moscow</span></figcaption></figure>`,
    );
    expect(r.text).toContain('The minister arrives in Moscow');
    expect(r.text).not.toMatch(/Image copyright|Image caption/);
    expect(r.removed?.samples).toContain('Image copyright PA');
  });

  it.each([
    ['Photo: Jane Doe / Getty Images', 'Crowds gather in the square.'],
    ['(Photo by John Smith/AFP via Getty Images)', 'Crowds gather in the square.'],
    ['Credit: Reuters', 'Crowds gather in the square.'],
    ['Picture: Bob Lee', 'Crowds gather in the square.'],
  ])('strips "%s" from a caption', (credit, caption) => {
    const r = runFilter(
      'image-credits',
      `${STORY}<figure><img src="a.jpg"><figcaption>${caption} ${credit}</figcaption></figure>`,
    );
    expect(r.text).toContain(caption);
    expect(r.text).not.toContain(credit);
  });

  it('removes a paragraph that is only alt text and a credit', () => {
    const r = runFilter('image-credits', `${STORY}<p>Boris JohnsonImage copyright PA</p>`);
    expect(r.text).not.toContain('Image copyright');
  });

  it('leaves story paragraphs that mention photos alone', () => {
    const r = runFilter(
      'image-credits',
      `${STORY}<p>The photographer said the picture was taken at dawn, before the crowds arrived at the square.</p>`,
    );
    expect(r.text).toContain('The photographer said the picture was taken at dawn');
    expect(r.removed).toBeUndefined();
  });
});
