// npm run extract -- [--format markdown|json|html|text] [--url URL] [--disable id,id] FILE...
// Exit status: 0 all extracted, 1 some file had no article, 2 a file could not be read or bad usage.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle, FILTER_IDS } from '../core/index';
import { articleToMarkdown } from '../core/markdown';
import type { Article } from '../core/types';
import { readInput } from './read-input';
import { parsePage } from './node-dom';

const FORMATS = ['markdown', 'json', 'html', 'text'] as const;
type Format = (typeof FORMATS)[number];

/** jsdom's tree operations slow down with depth (Readability on 700 nested levels takes 45 s), so
 * the CLI refuses deep pages sooner than the browser does. Real pages stay under about 60 levels. */
const CLI_MAX_DEPTH = 200;

const USAGE = `usage: npm run extract -- [--format ${FORMATS.join('|')}] [--url URL] [--disable id,id] FILE...
  FILE is .html, .html.gz or - (stdin). Filters: ${FILTER_IDS.join(', ')}`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'markdown' },
        url: { type: 'string' },
        disable: { type: 'string', default: '' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`verbatim: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    console.error(`verbatim: unknown format "${values.format}"\n${USAGE}`);
    return 2;
  }
  if (!positionals.length) {
    console.error(`verbatim: no input files\n${USAGE}`);
    return 2;
  }
  if (values.url !== undefined && !/^https?:\/\/[^/]+/i.test(values.url)) {
    console.error(`verbatim: --url must be an absolute http(s) URL, not "${values.url}"`);
    return 2;
  }
  const disable = values.disable
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = disable.filter((id) => !FILTER_IDS.includes(id));
  if (unknown.length) {
    console.error(`verbatim: unknown filter id ${unknown.join(', ')} (known: ${FILTER_IDS.join(', ')})`);
    return 2;
  }

  let status = 0;
  for (const file of positionals) {
    let html: string;
    try {
      html = await readInput(file);
    } catch (err) {
      console.error(`verbatim: cannot read ${file}: ${describe(err)}`);
      status = 2;
      continue;
    }
    const fallbackUrl = file === '-' ? 'http://localhost/stdin' : pathToFileURL(path.resolve(file)).href;
    const { doc, url, window, close } = parsePage(html, fallbackUrl, values.url);
    const result = extractArticle(doc, url, { disable, window, maxDepth: CLI_MAX_DEPTH });
    close();
    if (!result.ok) {
      if (format === 'json') console.log(JSON.stringify({ file, error: result.message, reason: result.reason }));
      else console.error(`verbatim: ${file}: ${result.message}`);
      status = Math.max(status, 1);
      continue;
    }
    process.stdout.write(render(result.article, format, file));
  }
  return status;
}

function render(article: Article, format: Format, file: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ file, ...article })}\n`;
    case 'html':
      return `${article.contentHtml}\n`;
    case 'text':
      return `${article.title}\n\n${article.textContent}\n`;
    case 'markdown':
      return articleToMarkdown(article);
  }
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EISDIR') return 'is a directory';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'Z_DATA_ERROR' || e?.code === 'Z_BUF_ERROR') return 'not a valid gzip file';
  return e?.message ?? String(err);
}

// Exit only once stdout has drained: into a pipe, output beyond 64 kB is written asynchronously
// and process.exit() would cut it off.
const exitAfterOutput = (code: number) => process.stdout.write('', () => process.exit(code));

main(process.argv.slice(2)).then(exitAfterOutput, (err: unknown) => {
  console.error(`verbatim: ${describe(err)}`);
  exitAfterOutput(2);
});
