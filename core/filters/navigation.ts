// Skip links, breadcrumbs and post-to-post navigation that Readability sometimes keeps.
import type { ClutterFilter } from './types';

export const navigation: ClutterFilter = {
  id: 'navigation',
  label: 'Navigation and skip links',
  description: '"Skip to content" links, breadcrumbs, menus and previous/next post links.',
  example: 'Skip to content · Home › Politics · Previous post: …',
  defaultEnabled: true,
  maxStoryChars: 300,
  tokens: ['breadcrumb', 'breadcrumbs', 'menu', 'navbar', 'pagination', 'pager'],
  // Buttons are controls (Copy, Subscribe, Book now), never story text.
  selectors: [
    'nav',
    '[role="navigation"]',
    '.screen-reader-text',
    '.skip-link',
    '.sr-only',
    '.visually-hidden',
    'button',
    '[role="button"]',
  ],
  blockText: [
    /^skip to (?:main )?(?:content|navigation|search)$/i,
    /^(?:previous|next|older|newer) (?:post|article|story|entry)\b.{0,120}$/i,
    /^back to top\W*$/i,
    // Interface text left behind by scripts that never ran: caption toggles, loading placeholders.
    /^(?:show|hide) caption$|^loading(?: paragraph)?(?:\.{3}|…)?$|^page load link$/i,
    /^(?:jump|skip) to (?:the )?(?:list|recipe|review)$|^search this site$|^thanks for visiting!?$/i,
    /^(?:return|back) to (?:articles|blog|all posts|news|home)$/i,
    /^(?:book now|make an appointment|contact us today|get started|shop now|buy now|request a (?:quote|demo)|join \/ sign in|sign in|log in)[.!]?$/i,
  ],
};
