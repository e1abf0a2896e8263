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

export interface ServerOptions {
  /** Pages held in memory (path -> HTML), for generated test pages. */
  pages?: Record<string, string>;
  /** A Content-Security-Policy header for every page served: the security suite serves hostile
   * pages with scripts off, so that any canary that fires fired in an extension page. */
  csp?: string;
}

export interface FixtureServer {
  origin: string;
  /** Every request to /canary… so far (path and query): none may come from rendering a hostile page. */
  canaryHits: string[];
  url(route: string): string;
  /** The same page under another hostname, for per-site rules. */
  localhostUrl(route: string): string;
  close(): Promise<void>;
}

export async function startServer(
  routes: Record<string, string> = ROUTES,
  options: ServerOptions = {},
): Promise<FixtureServer> {
  const canaryHits: string[] = [];
  const server = http.createServer((req, res) => {
    const route = (req.url ?? '/').split('?')[0]!;
    if (route.startsWith('/canary')) {
      canaryHits.push(req.url ?? '');
      res.writeHead(204).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (options.csp) headers['content-security-policy'] = options.csp;
    const inMemory = options.pages?.[route];
    if (inMemory !== undefined) {
      res.writeHead(200, headers).end(inMemory);
      return;
    }
    const file = routes[route];
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, headers);
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
    canaryHits,
    url: (route) => `${origin}${route}`,
    localhostUrl: (route) => `http://localhost:${port}${route}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
