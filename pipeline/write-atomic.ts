/** Writes a file so that readers only ever see the old or the complete new content. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write `data` to a temporary file beside `path`, then rename it into place. When `signal` aborts
 * first, the temporary file is removed and `path` keeps its previous content.
 */
export async function writeAtomic(path: string, data: string | Uint8Array, signal?: AbortSignal): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { signal });
    signal?.throwIfAborted();
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
