/** Converts documents with LibreOffice, as a user who opens the DOCX and exports a PDF would. */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

/**
 * Convert each of `paths` to a PDF in `dir` with one `soffice --headless --convert-to pdf`, and
 * return the PDFs' paths in the same order. A throwaway profile keeps runs apart.
 */
export function convertToPdf(paths: string[], dir: string): string[] {
  const profile = `/tmp/lo-profile-${randomUUID()}`;
  try {
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], { encoding: 'utf8', timeout: 120_000 });
    if (convert.error) throw new Error(`soffice could not run (${convert.error.message}): install it, e.g. \`apt-get install libreoffice-writer-nogui\``);
    if (convert.status !== 0) throw new Error(`soffice failed: ${convert.stderr}`);
    return paths.map((path) => join(dir, basename(path).replace(/\.[^.]+$/, '.pdf')));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
