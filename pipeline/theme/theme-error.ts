/** A theme that cannot be used: its problems, each at a line and column of one of its files. */
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { UserError } from '../diagnostics.js';
import type { TokenProblem } from './validate-tokens.js';

/** Problems in a theme file (its tokens.json), all of them, positioned; a user error. */
export class ThemeError extends UserError {
  override name = 'ThemeError';

  constructor(
    /** The file the problems are in (an absolute path). */
    readonly path: string,
    readonly problems: TokenProblem[],
  ) {
    super(problems.map((problem) => `${path}:${problem.line}:${problem.column}: ${problem.reason}`).join('\n'));
  }
}

/**
 * Record each problem of `error` on `file` as an error placed in the theme's file (not the
 * résumé), so that it prints as `styles/x/tokens.json:12:5: error: …`; the path is relative to
 * `cwd` when the file is under it.
 */
export function reportThemeError(error: ThemeError, file: VFile): void {
  const near = relative(file.cwd, error.path);
  const path = near.startsWith('..') ? error.path : near;
  for (const problem of error.problems) {
    const message = file.message(problem.reason, { place: { line: problem.line, column: problem.column }, ruleId: 'theme-tokens', source: 'resume' });
    message.file = path;
    message.fatal = true;
  }
}
