// npm run check: both built manifests ask for the minimum, and no built file runs remote or
// generated code. Run after `wxt build` and `wxt build -b firefox --mv3`.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Every permission and why: activeTab + scripting read the page the user asked for, storage holds
 * the library and settings, contextMenus is "Save to Verbatim", unlimitedStorage lets a library grow. */
const ALLOWED = new Set(['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage']);
const CSP_MUST = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
];
const FORBIDDEN_KEYS = [
  'host_permissions',
  'optional_host_permissions',
  'optional_permissions',
  'content_scripts',
  'externally_connectable',
  'web_accessible_resources',
];
const CODE_SMELLS = [
  [/[^\w$.]eval\s*\(/, 'eval('],
  [/new\s+Function\s*\(/, 'new Function('],
  [/importScripts\s*\(/, 'importScripts('],
  [/import\(\s*["'`]https?:/, 'import() of a remote URL'],
  [/<script[^>]+src=["']?https?:/i, 'a remote <script>'],
];

const problems = [];
for (const build of ['chrome-mv3', 'firefox-mv3']) {
  const dir = path.join(ROOT, '.output', build);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    problems.push(`${build}: no build (run npm run build and npm run build:firefox)`);
    continue;
  }
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  for (const p of m.permissions ?? []) if (!ALLOWED.has(p)) problems.push(`${build}: permission "${p}" is not needed`);
  for (const k of FORBIDDEN_KEYS) if (k in m) problems.push(`${build}: manifest has ${k}`);
  const csp = m.content_security_policy?.extension_pages ?? '';
  for (const d of CSP_MUST) if (!csp.includes(d)) problems.push(`${build}: CSP lacks ${d}`);
  if (/unsafe-|https?:|\*/.test(csp)) problems.push(`${build}: CSP allows more than our own files: ${csp}`);
  if (build.startsWith('firefox')) {
    const gecko = m.browser_specific_settings?.gecko ?? {};
    if (!gecko.data_collection_permissions) problems.push(`${build}: gecko.data_collection_permissions missing`);
    if (parseFloat(gecko.strict_min_version ?? '0') < 140) problems.push(`${build}: strict_min_version below 140`);
  }
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => /\.(m?js|html)$/.test(f));
  for (const f of files) {
    const code = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const [re, what] of CODE_SMELLS) if (re.test(code)) problems.push(`${build}/${f}: ${what}`);
  }
  console.log(
    `${build}: permissions ${JSON.stringify(m.permissions)}, ${files.length} files checked for remote or generated code`,
  );
}
for (const p of problems) console.error(p);
if (problems.length) process.exit(1);
