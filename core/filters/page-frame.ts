// The page's own frame: its header, footer, menus and sidebars. It runs only when the story is taken
// from the page's story container instead of Readability's pick (see core/extract.ts): that
// container is often a wrapper of the whole page, and without this it brings the site's mega-menu
// and footer along (a university page gave 2,000 words of menu around a 600-word story). On
// Readability's own pick the same rules cost more story than clutter (a story's <header> holds its
// dek, its link lists are reading lists): tried on the 711 corpus articles, F1 fell 0.947 -> 0.946.
import type { ClutterFilter } from './types';
import { elementsByTag } from '../dom/elements';
import { linkShare } from '../dom/link-share';

const LISTS = new Set(['ul', 'ol', 'dl', 'table']);
/** A list whose text is mostly link text is a menu (Readability's own link-density test). */
const MENU_LINK_SHARE = 0.5;

export const pageFrame: ClutterFilter = {
  id: 'page-frame',
  label: 'Page header, footer and sidebars',
  description: "The site's own header, footer, menus and sidebars, when the story is read from the whole page.",
  example: 'Site header · Footer links · Sidebar',
  defaultEnabled: true,
  scope: 'page',
  maxStoryChars: 600,
  selectors: [
    'header',
    'footer',
    'aside',
    'nav',
    'form',
    '[role="banner"]',
    '[role="contentinfo"]',
    '[role="complementary"]',
    '[role="navigation"]',
    '[role="search"]',
    '[role="dialog"]',
  ],
  clean(root, ctx) {
    for (const list of elementsByTag(root, LISTS)) {
      if (!root.contains(list) || ctx.storyChars(list) > 0) continue;
      if (linkShare(list) >= MENU_LINK_SHARE) ctx.remove(list);
    }
  },
};
