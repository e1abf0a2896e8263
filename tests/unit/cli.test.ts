import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../helpers/dom';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = path.join(SHARED, 'fixtures/seed-news/page.html');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli/extract.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the extract CLI', () => {
  it('writes all of a long output into a pipe before it exits', () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `word${i}`).join(' ');
    const page = `<html><head><title>A long story</title></head><body><article><h1>A long story</h1>${Array.from(
      { length: 30 },
      (_, i) => `<p>Paragraph ${i} ${words.slice(i * 5000, i * 5000 + 5000)}.</p>`,
    ).join('')}</article></body></html>`;
    const r = cli(['--format', 'json', '-'], page);
    expect(r.out.length).toBeGreaterThan(100_000);
    expect(JSON.parse(r.out)).toMatchObject({ file: '-', title: 'A long story' });
  });

  it('prints Markdown by default', () => {
    const r = cli([SEED]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Boris Johnson to visit Moscow/);
    expect(r.out).toContain('Original source: <https://www.bbc.co.uk/news/uk-politics-41718441>');
  });

  it('prints one JSON line per file with the file name, and {file, error} for no article', () => {
    const none = path.join(ROOT, 'tests/fixtures/no-article.html');
    const r = cli(['--format', 'json', SEED, none]);
    expect(r.code).toBe(1);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: SEED, sourceUrl: 'https://www.bbc.co.uk/news/uk-politics-41718441' });
    expect(lines[0]!.url).toBe(
      'https://dailydigest.example/2017/10/23/boris-johnson-to-visit-moscow-as-part-of-robust-dialogue/',
    );
    expect(lines[1]).toMatchObject({ file: none, error: 'No article found on this page.' });
  });

  it('reads gzip files and stdin', () => {
    expect(cli(['--format', 'text', path.join(SHARED, 'corpus/wcxb-dev/html/0001.html.gz')]).code).toBe(0);
    const r = cli(['--format', 'html', '--url', 'https://dailydigest.example/x', '-'], fs.readFileSync(SEED, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('<p>The foreign secretary has been invited by his counterpart Sergei Lavrov.</p>');
  });

  it('gives a one-line error and status 2 for a missing or broken file', () => {
    const missing = cli(['no-such-file.html']);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toContain('no such file');
  });

  it('turns filters off with --disable and refuses unknown ids', () => {
    expect(cli(['--format', 'text', '--disable', 'image-credits', SEED]).out).toContain('Image copyright');
    expect(cli(['--disable', 'nope', SEED]).code).toBe(2);
  });
});
