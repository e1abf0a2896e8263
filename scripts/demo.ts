// npm run demo [-- --headless]: builds the extension, serves the bundled sample news page on
// 127.0.0.1, and opens Chromium with Verbatim loaded and its popup reading that page.
// --headless prints the extracted article to the terminal and writes a PNG of the popup instead.
import { execSync } from 'node:child_process';
import { launchWithExtension } from '../tests/e2e/harness/extension';
import { startServer } from '../tests/e2e/harness/server';
import { artifactPath } from '../tests/e2e/harness/artifacts';
import { PopupPage } from '../tests/e2e/pages/popup-page';
import { CHROMIUM_ARGS } from '../tests/e2e/harness/chromium';

const headless = process.argv.includes('--headless');
if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display here: run `npm run demo -- --headless` to print the article and save a screenshot.');
  process.exit(2);
}
if (!headless) {
  // A visible window: drop the --headless=new flag the tests use.
  CHROMIUM_ARGS.splice(CHROMIUM_ARGS.indexOf('--headless=new'), 1);
}

console.log('Building the extension (test build: it may read pages on 127.0.0.1 without a click)…');
execSync('npx wxt build --mode e2e', { stdio: 'ignore' });
const server = await startServer();
const ext = await launchWithExtension();
const pageUrl = server.url('/seed-news.html');
const popup = await PopupPage.openFor(ext, pageUrl);
const state = await popup.settledState();

if (headless) {
  if (state !== 'ready') {
    console.log(`Popup state: ${state}: ${await popup.message()}`);
  } else {
    console.log(`\n# ${await popup.title()}\n`);
    console.log(await popup.page.locator('.meta').first().innerText());
    console.log(`\n${await popup.bodyText()}\n`);
  }
  const shot = artifactPath('demo-popup.png');
  await popup.screenshot(shot);
  console.log(`Screenshot of the popup: ${shot}`);
  await ext.close();
  await server.close();
} else {
  console.log(`Chromium is open on ${pageUrl} with the Verbatim popup beside it. Close the browser to stop.`);
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  await server.close();
}
