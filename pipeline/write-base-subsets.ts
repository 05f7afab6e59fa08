/** The install step's font work: each theme face subset to `BASE_CHARACTERS`, for builds to embed as is. */
import { makeDirectory } from './make-directory.js';
import { baseSubsetPath, BASE_SUBSETS_DIR } from './theme/base-subsets.js';
import { BASE_CHARACTERS, subsetFace } from './theme/font-subset.js';
import type { Theme } from './theme/theme.js';
import { writeAtomic } from './write-atomic.js';

/** Write the base subset of every face of `themes` into `dir` (default: where `loadTheme` reads them). */
export async function writeBaseSubsets(themes: Theme[], dir = BASE_SUBSETS_DIR): Promise<void> {
  await makeDirectory(dir);
  // Atomic: an install cut short must not leave a truncated face for later builds to embed.
  for (const { ttf } of themes.flatMap((theme) => theme.fonts)) await writeAtomic(baseSubsetPath(ttf, dir), await subsetFace(ttf, BASE_CHARACTERS));
}
