import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// `wxt build --mode e2e` makes a test build in .output/chrome-mv3-e2e. Only that build may reach
// pages on 127.0.0.1 without a toolbar click, so the e2e suite can inject into a served fixture.
// The shipped build (`wxt build`) asks for no host permission at all.
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // Explicit imports everywhere: core/ must stay free of WXT, and explicit is easier to read.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ mode, browser }) => ({
    name: 'Verbatim',
    description: 'Reader mode for news: the story alone, who said what, related links, and an offline library.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    ...(mode === 'e2e' ? { host_permissions: TEST_HOSTS } : {}),
    action: { default_title: 'Read with Verbatim' },
    // Extension pages render other people's HTML: no script but our own files, nothing embedded.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'",
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open Verbatim on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'verbatim@verbatim.example',
              // data_collection_permissions is understood from Firefox 140 (desktop) on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
