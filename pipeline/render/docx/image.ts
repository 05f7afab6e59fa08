/**
 * Images in the DOCX: an ImageRun per image, its alt text as the drawing's description. A figure
 * (an image alone in its paragraph) fits the text width; an icon beside words is as high as the
 * body text; the header photo stands beside the name. Sizes come from images/image-layout.ts, as
 * the HTML's do. A WebP goes in as PNG (toWordImages), which every Word can show.
 */
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { Image, Paragraph as MdastParagraph } from 'mdast';
import { InternalError } from '../../diagnostics.js';
import { figureSize, iconSize, photoSize, type PixelSize } from '../../images/image-layout.js';
import { figureOf } from '../../model/figure.js';
import { webpToPng } from '../../images/webp-to-png.js';
import type { ImageFile, Resume } from '../../model/types.js';
import { hex, twips } from './page.js';
import { run } from './run.js';
import { scopedParagraph } from './scoped-paragraph.js';
import type { BlockHandler, Marks, State } from './state.js';

const TWIPS_PER_PIXEL = 15;
// Why: an image in a paragraph of exact line height is cut to that line; figures take the height they need.
const AUTO_LINE = { line: 240, lineRule: LineRuleType.AUTO };
const WORD_TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const;

/** An image beside words: as high as the body text; its alt text when its file was not read. */
export function imageIcon(node: Image, state: State, marks: Marks): ParagraphChild[] {
  const file = node.data?.file;
  if (!file) return node.alt ? [run(node.alt, marks)] : [];
  return [imageRun(node, file, iconSize(file, state.tokens.size.body))];
}

/** Whether `node` is a figure paragraph: an image alone, whose file was read. */
export function isFigureParagraph(node: MdastParagraph): boolean {
  return figureOf(node)?.data?.file !== undefined;
}

/** A figure: its pixels at 96 to the inch, no wider than the text beside its indent. */
export const figure: BlockHandler<MdastParagraph> = (node, state, scope) => {
  const image = node.children.find((child): child is Image => child.type === 'image')!;
  const file = image.data!.file!;
  const width = (state.layout.textWidth - scope.indent) / 20;
  return [scopedParagraph(scope, [imageRun(image, file, figureSize(file, width))], { spacing: { ...AUTO_LINE, before: scope.before } })];
};

/**
 * The header beside its photo: a table as wide as the text, without borders but the theme's rule
 * under the header, the name's paragraphs in the first column and the photo at the end of the
 * second, as base.css floats it. Why a table, not a floating image: the header then grows to hold
 * the photo, as the HTML's does, and LibreOffice lays it out the same as Word.
 */
export function headerWithPhoto(paragraphs: Paragraph[], photo: Image, alt: string, state: State): Table {
  const file = photo.data?.file;
  if (!file) throw new InternalError('headerWithPhoto needs a photo whose file the load layer read');
  const size = photoSize(file, state.tokens.photo.size);
  const photoWidth = size.width * TWIPS_PER_PIXEL + twips(state.tokens.photo.gap);
  const textWidth = state.layout.textWidth - photoWidth;
  const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const rule = state.tokens.masthead.rule;
  const bottom: IBorderOptions = rule ? { style: BorderStyle.SINGLE, size: Math.round(rule.width * 8), color: hex(state.tokens.color[rule.color]) } : none;
  const picture = new Paragraph({ alignment: AlignmentType.END, spacing: { ...AUTO_LINE, before: 0, after: rule ? twips(rule.gap) : 0 }, children: [imageRun({ ...photo, alt }, file, size)] });
  const cell = (children: Paragraph[], width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children });
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: [cell(paragraphs.length > 0 ? paragraphs : [new Paragraph({})], textWidth), cell([picture], photoWidth)] })],
    width: { size: state.layout.textWidth, type: WidthType.DXA },
    columnWidths: [textWidth, photoWidth],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: { top: none, left: none, right: none, insideVertical: none, insideHorizontal: none, bottom },
    // The photo at the left in a right-to-left résumé, as `float: inline-end` puts it in the HTML.
    ...(state.rightToLeft ? { visuallyRightToLeft: true } : {}),
  });
}

/**
 * `resume` with each WebP image's file as PNG: the same tree otherwise. Why before rendering:
 * decoding is asynchronous, and handlers are not.
 */
export async function toWordImages(resume: Resume): Promise<Resume> {
  const converted = new Map<ImageFile, Promise<ImageFile>>();
  const convert = (file: ImageFile) => {
    if (!converted.has(file)) converted.set(file, webpToPng(file.bytes).then((bytes) => ({ ...file, mediaType: 'image/png', bytes })));
    return converted.get(file)!;
  };
  collectWebp(resume, convert);
  if (converted.size === 0) return resume;
  const files = new Map(await Promise.all([...converted].map(async ([from, to]) => [from, await to] as const)));
  return withFiles(resume, files) as Resume;
}

function imageRun(node: Image, file: ImageFile, size: PixelSize): ImageRun {
  if (file.mediaType === 'image/webp') throw new InternalError('A WebP image reached the DOCX handlers: toWordImages converts them first');
  const alt = node.alt ?? '';
  // Why from the position: a drawing id must be unique in the document, and the same on every build.
  const start = node.position?.start;
  const id = start ? String(start.line * 10_000 + start.column) : undefined;
  return new ImageRun({
    type: WORD_TYPES[file.mediaType],
    data: file.bytes,
    transformation: size,
    altText: { id, name: file.path, description: alt, title: alt },
    // An image with no alt text reads as decoration: screen readers pass over it.
    ...(alt === '' ? { decorative: true } : {}),
  });
}

/** Call `found` with the file of each WebP image anywhere in `value`. */
function collectWebp(value: unknown, found: (file: ImageFile) => void): void {
  if (Array.isArray(value)) value.forEach((item) => collectWebp(item, found));
  else if (isImage(value)) {
    if (value.data?.file?.mediaType === 'image/webp') found(value.data.file);
  } else if (isRecord(value)) Object.values(value).forEach((item) => collectWebp(item, found));
}

/** A copy of `value` whose images hold the files `files` maps theirs to. */
function withFiles(value: unknown, files: Map<ImageFile, ImageFile>): unknown {
  if (Array.isArray(value)) return value.map((item) => withFiles(item, files));
  if (isImage(value)) {
    const file = value.data?.file && files.get(value.data.file);
    return file ? { ...value, data: { ...value.data, file } } : value;
  }
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withFiles(item, files)]));
  return value;
}

function isImage(value: unknown): value is Image {
  return isRecord(value) && value['type'] === 'image';
}

/** A plain object of the tree (not the bytes of a file). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !ArrayBuffer.isView(value);
}
