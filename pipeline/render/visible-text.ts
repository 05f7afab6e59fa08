/** The text a reader sees in résumé blocks once they are rendered and sanitised. */
import { toString } from 'hast-util-to-string';
import type { Block } from '../model/types.js';
import { toHastFragment } from './html/to-hast-fragment.js';

/**
 * The visible text of `blocks`, whitespace collapsed. Raw HTML counts for what the sanitiser
 * keeps of it: `<b>bold</b>` is `bold`, while `<script>…</script>`, styles and comments are
 * nothing, as in the HTML page.
 */
export function visibleText(blocks: Block[]): string {
  return toHastFragment(blocks)
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
