// A static server on 127.0.0.1 for the pages the e2e tests open. Routes map a path to a file;
// the seed page is read in place from ../shared.
import http from 'node:http';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const SHARED = path.resolve(ROOT, '../shared');

export const ROUTES: Record<string, string> = {
  '/seed-news.html': path.join(SHARED, 'fixtures/seed-news/page.html'),
  '/no-article.html': path.join(ROOT, 'tests/fixtures/no-article.html'),
  '/slow-seed.html': path.join(SHARED, 'fixtures/seed-news/page.html'),
};

export interface FixtureServer {
  origin: string;
  url(route: string): string;
  /** The same page under another hostname, for per-site rules. */
  localhostUrl(route: string): string;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, string> = ROUTES): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    const file = routes[(req.url ?? '/').split('?')[0]!];
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // /slow-… pages send their head at once and the rest a moment later: a page still loading.
    if (req.url?.startsWith('/slow-')) {
      const html = fs.readFileSync(file, 'utf8');
      const cut = html.indexOf('<body');
      res.write(html.slice(0, cut));
      setTimeout(() => res.end(html.slice(cut)), 1500);
      return;
    }
    // Corpus pages are stored gzipped (.html.gz): serve them as plain HTML.
    const stream = fs.createReadStream(file);
    (file.endsWith('.gz') ? stream.pipe(zlib.createGunzip()) : stream).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (route) => `${origin}${route}`,
    localhostUrl: (route) => `http://localhost:${port}${route}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
