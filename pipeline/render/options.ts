/** Options every renderer takes besides the résumé AST. Renderers never mutate them. */
import type { Paper } from '../model/types.js';
import type { Theme } from '../theme/theme.js';

export interface RenderOptions {
  theme: Theme;
  /** Paper size; default `letter`. The CLI flag wins over front matter. */
  paper: Paper;
  /** Name and version of this tool, written as the generator/creator of each file. */
  generator: string;
  /** The build's timestamp, from `SOURCE_DATE_EPOCH`; null writes no creation date at all. */
  date: Date | null;
}

/** Page size in points (1/72 in), as PDF and Word measure it. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number; css: string }> = {
  letter: { width: 612, height: 792, css: 'letter' },
  a4: { width: 595.28, height: 841.89, css: 'A4' },
};
