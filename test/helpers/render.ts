/** Builds the résumé AST and render options for renderer tests, as the build does. */
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { toResume } from '../../pipeline/model/to-resume.js';
import type { Paper } from '../../pipeline/model/types.js';
import { parse } from '../../pipeline/parse.js';
import type { RenderOptions } from '../../pipeline/render/options.js';
import { loadTheme } from '../../pipeline/theme/load-theme.js';
import { SAMPLE } from './sample.js';

/** Parse and model Markdown `value` (default: the sample résumé). */
export function modelOf(path = SAMPLE, value = readFileSync(path, 'utf8')) {
  const file = new VFile({ path, value });
  return { resume: toResume(parse(file), file), file };
}

/** Render options with the `classic` theme. */
export async function renderOptions(paper: Paper = 'letter'): Promise<RenderOptions> {
  return { theme: await loadTheme('classic'), paper, generator: 'resume-as-code test', date: new Date(Date.UTC(2026, 0, 1)) };
}
