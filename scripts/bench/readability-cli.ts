// The anchor for the CLI benchmark: what a plain "Readability + jsdom" tool does with the same
// files (read, gunzip, parse once, Readability, one JSON line each). Not part of the product.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { readInput } from '../../cli/read-input';
import { parseDocument } from '../../cli/node-dom';

for (const file of process.argv.slice(2)) {
  const html = await readInput(file);
  const doc = parseDocument(html, pathToFileURL(path.resolve(file)).href);
  const parsed = new Readability(doc).parse();
  process.stdout.write(
    `${JSON.stringify({ file, title: parsed?.title ?? null, textContent: parsed?.textContent ?? null })}\n`,
  );
}
