// Read a page from a path ('.html', '.html.gz') or '-' (stdin), gunzipping by magic number.
import fs from 'node:fs';
import zlib from 'node:zlib';

export async function readInput(file: string): Promise<string> {
  const raw = file === '-' ? await readStdin() : await fs.promises.readFile(file);
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? zlib.gunzipSync(raw) : raw;
  return bytes.toString('utf8');
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
