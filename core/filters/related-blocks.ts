// Related, recommended and most-read blocks. Their links are harvested as related links before any
// filter runs (see core/related); here they only leave the body.
import type { ClutterFilter } from './types';

export const relatedBlocks: ClutterFilter = {
  id: 'related',
  label: 'Related and most-read blocks',
  description: 'Related, recommended, "more on this story" and most-read lists (shown as related links instead).',
  example: 'In the same category are… · More on this story · Most read · Recent posts',
  defaultEnabled: true,
  tokens: [
    'related',
    'recommended',
    'recommendations',
    'mostread',
    'most-read',
    'popular',
    'trending',
    'yarpp',
    'jp-relatedposts',
    'readmore',
    'morestories',
    'recirculation',
    'recirc',
  ],
  selectors: ['.post-navigation', '.nav-links'],
  classContains: ['related', 'recommend', 'most-read', 'mostread', 'more-stories', 'morestories'],
  headings: [
    /^(?:related|related (?:stories|articles|posts|content|coverage|news|reading|links|topics)|more on this (?:story|topic)|more from .{1,40}|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| reading)?|in the same category(?: are)?|see also|also read|read (?:more|next)|most (?:read|popular|viewed|shared)|trending(?: now)?|latest(?: news| stories)?|recent (?:posts|stories|articles)|popular (?:posts|stories)|what to read next|further reading|editor'?s picks|top stories|don'?t miss|other (?:posts|stories|articles) you (?:may|might) (?:enjoy|like)|what others are reading|see more in|more (?:stories|articles|posts) (?:like this|from us))[\s:.…!]*$/i,
    // "You may be interested in the following topics as well:", "Good articles to read together",
    // "More in Tech": a section's name after "more in" is short.
    /^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)(?: the following)?(?: (?:topics|articles|posts|stories))?(?: as well)?|(?:good|more|other) (?:articles|posts|stories) to read(?: together| next)?|more in [\p{L} &-]{1,30})[\s:.…!]*$/iu,
  ],
  blockText: [
    /^(?:read more|read next|see also|also read|related|more)\s*:\s*.{0,160}$/i,
    /^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also see|related (?:article|story|post|reading|content|guide)s?|recommended(?: reading| read)?|further reading)\s*:\s*.{0,160}$/i,
    /^(?:previous|next) (?:post|article|story)\s*:/i,
  ],
};
