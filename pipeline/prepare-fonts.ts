/**
 * Run by `npm install` (the `prepare` script), after the bundle: subsets each theme's faces to the
 * characters every DOCX embeds, so a build needs no font subsetting unless the text goes beyond them.
 */
import { writeBaseSubsets } from './render/docx/fonts.js';
import { listThemes, loadTheme } from './theme/load-theme.js';

await writeBaseSubsets(await Promise.all((await listThemes()).map((name) => loadTheme(name))));
