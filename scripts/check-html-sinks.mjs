// Fails when any module other than the one sanitizing renderer writes HTML into a page.
// Page content is hostile: one audited sink is easier to keep safe than many.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const ALLOWED = new Set(['components/SanitizedHtml.tsx']);
const SINK =
  /\.(?:innerHTML|outerHTML)\s*(?:\+?=)(?!=)|insertAdjacentHTML\s*\(|dangerouslySetInnerHTML|document\.write\s*\(/;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(?:[cm]?[jt]sx?)$/.test(f) && !f.startsWith('tests/') && !f.endsWith('.d.ts') && fs.existsSync(f));

const offenders = [];
for (const file of files) {
  if (ALLOWED.has(file) || file === 'scripts/check-html-sinks.mjs') continue;
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (SINK.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
    });
}
if (offenders.length) {
  console.error(`HTML sinks outside ${[...ALLOWED].join(', ')} (route HTML through SanitizedHtml instead):`);
  for (const o of offenders) console.error(`  ${o}`);
  process.exit(1);
}
console.log(`html sinks: only ${[...ALLOWED].join(', ')} writes HTML (${files.length} files checked)`);
