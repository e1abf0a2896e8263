// Share bars and "follow us" prompts: they ask the reader to do something, they are not the story.
import type { ClutterFilter } from './types';

export const social: ClutterFilter = {
  id: 'social',
  label: 'Share bars and social prompts',
  description: 'Share buttons, "Follow us on…" and "Like us on Facebook" prompts.',
  example: 'Share this article · Click to share on Twitter · Like us on Facebook',
  defaultEnabled: true,
  maxStoryChars: 300,
  tokens: [
    'share',
    'sharing',
    'sharedaddy',
    'sharebar',
    'shares',
    'addthis',
    'addtoany',
    'social',
    'socials',
    'sociallinks',
  ],
  selectors: ['.fb-page', '.fb-like', '.twitter-follow-button', '[data-share]'],
  hrefContains: [
    'facebook.com/sharer',
    'twitter.com/intent',
    'x.com/intent',
    'linkedin.com/sharing',
    'pinterest.com/pin/create',
    'api.whatsapp.com/send',
    'reddit.com/submit',
  ],
  blockText: [
    /^share(?: this)?(?: article| story| post| page)?(?: on \w+| via \w+)?\s*[:!.]?$/i,
    /^click to (?:share|email|print)\b/i,
    /^(?:please )?(?:like|follow|join) us on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky)\b/i,
    /^(?:don'?t|do not) forget to\s*["“”']?like["“”']? us\b/i,
    /\b["“”']?like["“”']? us on facebook\b/i,
    /^follow (?:us|me)\b.{0,80}$/i,
    /^pin (?:this|it)(?: for later)?[!.]?$/i,
    /^join (?:the|our|my) (?:facebook|discord|slack|telegram|whatsapp|reddit) (?:group|community|server|channel)\b.{0,120}$/i,
    /^(?:please )?help (?:me|us) spread the word\b.{0,80}$/i,
    /^stay connected(?: with (?:me|us))?[.!]?$/i,
    // A newsletter platform's share button: "Share Tech World With Milan Newsletter".
    /^share .{1,60}\bnewsletter$/i,
    // "Follow Hardtail Canada": a short line of a name and nothing else ("Follow The Money" is a
    // heading, not a prompt).
    /^[Ff]ollow (?!(?:The|A|An|This|That|These|Those|Your|Our|My|His|Her|Their|Its)\b)(?:\p{Lu}[\p{L}\p{N}’'&.-]*)(?: \p{Lu}[\p{L}\p{N}’'&.-]*){0,3}[.!]?$/u,
    /\bif you (?:liked|enjoyed) this (?:article|post|story|episode)\b.{0,20}\bplease (?:consider )?(?:liking|sharing|subscribing|like|share|subscribe)\b/i,
    /^pin for later[!.]?$/i,
    /\bfollow us on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube)\b.{0,60}$/i,
    /^(?:facebook|twitter|x|whatsapp|linkedin|email|pinterest|reddit|copy link|print)(?:\s+(?:facebook|twitter|x|whatsapp|linkedin|email|pinterest|reddit|copy link|print))*$/i,
  ],
  headings: [/^share(?: this)?(?: article| story| post)?\s*:?$/i, /^follow us\b/i, /^connect with us$/i],
};
