// web-ext lint on the Firefox build (npm run check): fails on any error, prints every warning so
// that new ones are seen. Expected warnings: innerHTML assignments inside DOMPurify, Preact and our
// one sanitizing sink (components/SanitizedHtml.tsx), which the linter cannot see are sanitized.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
let out;
try {
  out = execFileSync(bin, ['lint', '-s', '.output/firefox-mv3', '--no-config-discovery', '-o', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (err) {
  out = err.stdout; // web-ext exits non-zero when it finds errors; the report is still on stdout
}
const report = JSON.parse(out);
for (const kind of ['errors', 'warnings']) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint (Firefox build): ${errors} errors, ${warnings} warnings, ${notices} notices`);
if (errors > 0) process.exit(1);
