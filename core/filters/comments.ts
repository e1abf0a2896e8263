// Comment sections and the prompts that lead to them.
import type { ClutterFilter } from './types';

export const comments: ClutterFilter = {
  id: 'comments',
  label: 'Comment sections',
  description: 'Reader comments, comment forms and "Comment on this story" prompts.',
  example: 'Comment on this story · Post Comment · 12 comments',
  defaultEnabled: true,
  tokens: ['comments', 'comment', 'respond', 'disqus', 'commentlist', 'discussion'],
  selectors: ['#disqus_thread'],
  classContains: ['comment-form', 'commentform', 'comments-area', 'comment-respond'],
  blockText: [
    /^(?:comment on this (?:story|article)|leave a (?:comment|reply)|post (?:a )?comment|add (?:a )?comment|view comments|show comments|join the (?:conversation|discussion))\b.{0,40}$/i,
    /^\d+\s+comments?$/i,
    /^(?:be the first to comment|no comments yet)\b.{0,40}$/i,
    /\bleave a (?:star )?rating\b|^did you make (?:this|one of my) recipes?\b/i,
    /^comments?\s*(?:\(\d+\))?$/i,
  ],
  headings: [
    /^(?:comments?|\d+ comments?|comment on this (?:story|article)|leave a (?:comment|reply)|join the (?:conversation|discussion)|reader comments)\b.{0,20}$/i,
  ],
};
