// Newsletter and subscription boxes, inline or in widgets.
import type { ClutterFilter } from './types';

export const newsletter: ClutterFilter = {
  id: 'newsletter',
  label: 'Newsletter and subscription boxes',
  description: 'Sign-up boxes for newsletters, briefings and subscriptions.',
  example: 'Get the daily briefing · Sign up to our newsletter',
  defaultEnabled: true,
  maxStoryChars: 800,
  tokens: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'optin', 'paywall', 'mailchimp'],
  selectors: ['form input[type="email"]'],
  blockText: [
    /^(?:sign up|subscribe|register)\b.{0,120}\b(?:newsletter|briefing|bulletin|email|inbox|updates)\b/i,
    /^get (?:the|our) .{0,40}(?:newsletter|briefing|bulletin|email)\b.{0,80}$/i,
    /^(?:subscribe|sign up)(?: now| today| here)?[.!]?$/i,
    /^already a subscriber\?/i,
    /\bsign up for (?:our|the|my) .{0,40}newsletter\b/i,
    /^like what you(?:'|’)re reading\?/i,
    /^join .{1,30} for free\b/i,
    /\bfunded by readers\b|\bsupport (?:our|independent) journalism\b/i,
    /^(?:donate|become a (?:member|subscriber|supporter))\b.{0,80}$/i,
    /^sponsor this newsletter$/i,
    /^(?:enter|your) email(?: address)?\b.{0,60}$/i,
    /^join (?:our|the|my) (?:mailing list|newsletter|email list)\b.{0,160}$/i,
    /^this (?:article|story|post) is (?:exclusive to|only (?:available )?(?:to|for)) .{1,40}\b(?:subscribers|members)\b.{0,40}$/i,
  ],
  headings: [
    /^(?:get|sign up for|subscribe to) (?:the|our) .{0,40}(?:newsletter|briefing|bulletin)s?$/i,
    /^newsletters?$/i,
    /^subscribe\b.{0,40}$/i,
  ],
  clean(root, ctx) {
    // A form that asks for an email address is a sign-up box, whatever its class names say.
    for (const input of Array.from(root.querySelectorAll('input[type="email"]'))) {
      const form = input.closest('form');
      if (form && root.contains(form))
        ctx.remove(form.parentElement?.children.length === 2 ? form.parentElement : form);
    }
  },
};
