// The Node CLI against "Readability + jsdom": each run as its own process over the same corpus
// files, wall time from start to exit (process start-up included, about the same for both).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function timeRun(script: string, files: readonly string[], extra: string[] = []) {
  const t0 = performance.now();
  const run = spawnSync(TSX, [script, ...extra, ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  const lines = run.stdout.split('\n').filter(Boolean).length;
  if (lines !== files.length)
    throw new Error(`${script} printed ${lines} lines for ${files.length} files: ${run.stderr}`);
  return { seconds, pagesPerSecond: files.length / seconds };
}

export function benchNodeCli(files: readonly string[]) {
  const ours = timeRun('cli/extract.ts', files, ['--format', 'json']);
  const readability = timeRun('scripts/bench/readability-cli.ts', files);
  return {
    pages: files.length,
    oursSeconds: ours.seconds,
    oursPagesPerSecond: ours.pagesPerSecond,
    readabilitySeconds: readability.seconds,
    readabilityPagesPerSecond: readability.pagesPerSecond,
    speedup: ours.pagesPerSecond / readability.pagesPerSecond,
  };
}
