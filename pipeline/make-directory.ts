/** Creates a folder and its missing parents, failing at once where Node's recursive mkdir spins. */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Create `path` and any missing parents, as `mkdir -p` does. Why not `mkdir(path, { recursive: true })`:
 * a parent that exists but cannot hold the folder (`/proc`, a dangling symlink) answers ENOENT, and
 * Node retries it forever at 100 % CPU, blocking the event loop so that not even SIGTERM gets
 * through (https://github.com/nodejs/node/issues/27198 is the Windows twin). Here each folder is
 * tried again once after its parent, and the second ENOENT is the error.
 */
export async function makeDirectory(path: string): Promise<void> {
  try {
    await makeOne(path);
  } catch (error) {
    const parent = dirname(path);
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === path) throw error;
    await makeDirectory(parent);
    await makeOne(path);
  }
}

/** Create the folder `path` whose parent exists; a folder already there is fine, a file or a dangling link is not. */
async function makeOne(path: string): Promise<void> {
  try {
    await mkdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !(await stat(path)).isDirectory()) throw error;
  }
}
