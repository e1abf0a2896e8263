// Author bio boxes and tag or category lists at the end of a story.
import type { ClutterFilter } from './types';

export const authorTags: ClutterFilter = {
  id: 'author-tags',
  label: 'Author bios and tag lists',
  description: 'The "about the author" box and lists of tags or categories.',
  example: 'Tagged Russia, Boris Johnson · Posted in Politics · About the author',
  defaultEnabled: true,
  maxStoryChars: 800,
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
    /^(?:written|posted|published|updated|reviewed|fact[- ]checked|edited|medically reviewed) (?:by|on)\b.{0,80}$/i,
    /^(?:published|updated|posted|last updated)\s*:?\s*(?:on\s+)?\w+\.? \d{1,2},? \d{4}.{0,24}$/i,
    /\|\s*\d+\s*min(?:ute)?s? read$/i,
    /^(?:\d+ min(?:ute)?s? read|reading time:? \d+ min(?:ute)?s?)$/i,
  ],
  headings: [/^(?:about the author|tags?|topics|related topics|more about)\s*:?$/i],
};
