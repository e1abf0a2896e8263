// Test output goes to a temp folder (CI's checkout and ../shared may be read-only).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ARTIFACTS_DIR = process.env.VERBATIM_ARTIFACTS ?? path.join(os.tmpdir(), 'verbatim-artifacts');

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}
