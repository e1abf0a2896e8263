import { describe, expect, it } from 'vitest';
import { renderText } from '../../core/dom/render-text';
import { docFrom } from '../helpers/dom';

const render = (html: string) => renderText(docFrom(`<body>${html}</body>`).body);

describe('plain text of a story', () => {
  it('puts one blank line between blocks and keeps line breaks inside one', () => {
    expect(render('<p>First <b>para</b>graph.</p><p>Line one<br>line two</p>')).toBe(
      'First paragraph.\n\nLine one\nline two',
    );
  });

  it('marks list items as Markdown does, numbering from the list’s start', () => {
    expect(
      render('<p>Pros:</p><ul><li>Fast</li><li><p>Cheap</p></li></ul><ol start="3"><li>Three</li><li>Four</li></ol>'),
    ).toBe('Pros:\n\n- Fast\n\n- Cheap\n\n3. Three\n\n4. Four');
  });

  it('marks a nested list’s items and drops the marker of an empty item', () => {
    expect(render('<ul><li>Outer<ul><li>Inner</li></ul></li><li></li></ul><p>After</p>')).toBe(
      '- Outer\n\n- Inner\n\nAfter',
    );
  });
});
