// Author bio boxes and tag or category lists at the end of a story.
import type { ClutterFilter } from './types';

export const authorTags: ClutterFilter = {
  id: 'author-tags',
  label: 'Author bios and tag lists',
  description: 'The "about the author" box and lists of tags or categories.',
  example: 'Tagged Russia, Boris Johnson · Posted in Politics · About the author',
  defaultEnabled: true,
  tokens: ['tags', 'taglist', 'tagcloud', 'keywords', 'categories', 'bio', 'authorbio', 'biography'],
  selectors: [
    '.cat-links',
    '.tags-links',
    '.post-tags',
    '.entry-tags',
    '.author-box',
    '.about-author',
    '.author-bio',
    '.author-info',
    'a[rel~="tag"]',
    '[rel="author"]',
  ],
  blockText: [
    /^(?:tags?|tagged(?: with)?|topics?|keywords|filed under|posted in|categories|category)\s*:?\s*.{0,200}$/i,
    /^about the author\b.{0,400}$/i,
  ],
  headings: [/^(?:about the author|tags?|topics|related topics|more about)\s*:?$/i],
};
