import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: core/ in Node (with jsdom documents it builds itself), extension code with WXT's
// fake browser, components with happy-dom (set per file).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    // Every core: the fuzz files (tests/unit/fuzz) take about a minute each on their own.
    maxWorkers: availableParallelism(),
  },
});
