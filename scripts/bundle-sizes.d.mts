// Types for scripts/bundle-sizes.mjs, which runs under plain node (npm run check) and is imported by the benchmark.
export interface BundleRow {
  entry: string;
  files: string[];
  lazy: string[];
  raw: number;
  gzip: number;
  onDemand: { raw: number; gzip: number };
}
export function measureBundles(dir?: string): BundleRow[];
export function printBundles(rows: BundleRow[], budgets?: Record<string, number>): void;
export function loadBudgets(): Record<string, number>;
