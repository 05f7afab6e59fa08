/** A GFM table as a simple Word table: a header row, rules between rows, no vertical lines. */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType, type IBorderOptions } from 'docx';
import type { AlignType, Table as MdastTable } from 'mdast';
import { hex, twips } from './page.js';
import type { BlockHandler } from './state.js';
import { STYLE } from './style-ids.js';

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const CELL_PADDING = { top: twips(2), bottom: twips(2), left: 0, right: twips(8) };

/** A table as wide as the text, its columns equal. */
export const table: BlockHandler<MdastTable> = (node, state) => {
  const columns = Math.max(1, ...node.children.map((row) => row.children.length));
  const columnWidth = Math.floor(state.layout.textWidth / columns);
  const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: hex(state.tokens.color.rule) };
  const rows = node.children.map(
    (row, index) =>
      new TableRow({
        tableHeader: index === 0,
        cantSplit: true,
        children: Array.from({ length: columns }, (_, column) => {
          const cell = row.children[column];
          return new TableCell({
            width: { size: columnWidth, type: WidthType.DXA },
            children: [
              new Paragraph({
                style: index === 0 ? STYLE.tableHeader : STYLE.tableText,
                alignment: alignment(node.align?.[column]),
                children: cell ? state.phrasing(cell.children, {}) : [],
              }),
            ],
          });
        }),
      }),
  );
  return [
    new Table({
      rows,
      width: { size: columnWidth * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => columnWidth),
      margins: CELL_PADDING,
      borders: { top: none, left: none, right: none, insideVertical: none, bottom: rule, insideHorizontal: rule },
      // The first column at the right in a right-to-left résumé (`w:bidiVisual`), as the HTML's table.
      ...(state.rightToLeft ? { visuallyRightToLeft: true } : {}),
    }),
  ];
};

function alignment(align: AlignType | undefined) {
  return align ? ALIGNMENT[align] : undefined;
}
