/**
 * Compares the first pages of two PDFs of one résumé as pictures: the PDF the browser prints and
 * the PDF LibreOffice makes of the DOCX. Both are rendered with pdftoppm, read with pngjs and
 * compared with pixelmatch, in three views that the two renderers' differences in glyph placing
 * and anti-aliasing (and the few lines LibreOffice breaks at another word) leave alone:
 *
 * - layout: the pages averaged down to cells of 8 pt, compared cell by cell. Glyphs vanish into
 *   grey; margins, blocks of text, heavy rules and the page's fill remain;
 * - colour: each word of the page (pdftotext's boxes, matched in reading order between the two
 *   PDFs) becomes a swatch of its ink colour, the mean of its darkest pixels; the two strips of
 *   swatches are compared. Where a word stands on the page does not matter, what colour it is
 *   printed in does: a teal name against a near-black one, a link in the text's colour;
 * - rules: every horizontal line of ink at least an inch long (text has none), with its ends,
 *   thickness and colour; under a title and beside it are different rules.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** A picture: RGBA pixels, row by row. */
export interface Picture {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A page rendered at `dpi`, with the words pdftotext finds on it (boxes in points). */
export interface Page {
  picture: Picture;
  dpi: number;
  words: Word[];
}

/** A word and its box, in points from the page's top left corner. */
export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A horizontal rule: its ends and vertical extent in points, and its colour. */
export interface Rule {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  color: [number, number, number];
}

/** Page `page` of `pdf`, rendered at `dpi` (pdftoppm), with its words (pdftotext -bbox). */
export function readPage(pdf: string, dpi: number, page = 1): Page {
  const dir = mkdtempSync(join(tmpdir(), 'resume-page-'));
  try {
    const out = join(dir, 'page');
    run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, out]);
    const png = PNG.sync.read(readFileSync(`${out}.png`));
    const xhtml = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
    const words = [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
      text: decodeEntities(match[5]!),
      x0: Number(match[1]),
      y0: Number(match[2]),
      x1: Number(match[3]),
      y1: Number(match[4]),
    }));
    return { picture: { width: png.width, height: png.height, data: png.data }, dpi, words };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `picture` with each `size` × `size` block of pixels replaced by one pixel of their mean colour. */
export function cells(picture: Picture, size: number): Picture {
  const width = Math.floor(picture.width / size);
  const height = Math.floor(picture.height / size);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sum = [0, 0, 0];
      for (let dy = 0; dy < size; dy++) {
        for (let dx = 0; dx < size; dx++) {
          const at = ((y * size + dy) * picture.width + x * size + dx) * 4;
          for (let channel = 0; channel < 3; channel++) sum[channel]! += picture.data[at + channel]!;
        }
      }
      const at = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel++) data[at + channel] = Math.round(sum[channel]! / (size * size));
      data[at + 3] = 255;
    }
  }
  return { width, height, data };
}

/** The share of pixels (0 to 1) of `a` and `b` that pixelmatch finds different at `threshold`, with a picture of where. */
export function difference(a: Picture, b: Picture, threshold: number): { share: number; count: number; diff: Picture } {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`The pictures differ in size: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  const diff = new Uint8Array(a.width * a.height * 4);
  // Why includeAA: what is left to compare has no anti-aliasing to forgive; every pixel counts.
  const count = pixelmatch(a.data, b.data, diff, a.width, a.height, { threshold, includeAA: true });
  return { share: count / (a.width * a.height), count, diff: { width: a.width, height: a.height, data: diff } };
}

/** Pairs of the same words of `a` and `b` in reading order (a longest common subsequence of their texts). */
export function matchWords(a: Word[], b: Word[]): Array<[Word, Word]> {
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i]!.text === b[j]!.text ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: Array<[Word, Word]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]!.text === b[j]!.text) pairs.push([a[i++]!, b[j++]!]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The colour `word` is printed in on `page`: the mean of the pixels of its box that are at least
 * two thirds as dark as its darkest. Why the darkest: the edges of glyphs are blends with the
 * paper, and each renderer blends differently; the cores of the strokes are the ink.
 */
export function inkColor(page: Page, word: Word): [number, number, number] {
  const { picture, dpi } = page;
  const scale = dpi / 72;
  const [x0, x1] = [Math.floor(word.x0 * scale), Math.min(picture.width, Math.ceil(word.x1 * scale))];
  const [y0, y1] = [Math.floor(word.y0 * scale), Math.min(picture.height, Math.ceil(word.y1 * scale))];
  const pixels: Array<{ darkness: number; at: number }> = [];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const at = (y * picture.width + x) * 4;
      pixels.push({ darkness: 255 - luminance(picture.data, at), at });
    }
  }
  const darkest = Math.max(0, ...pixels.map((pixel) => pixel.darkness));
  const core = pixels.filter((pixel) => pixel.darkness >= (darkest * 2) / 3 && darkest > 0);
  if (core.length === 0) return [255, 255, 255];
  const mean = (channel: number) => Math.round(core.reduce((sum, pixel) => sum + picture.data[pixel.at + channel]!, 0) / core.length);
  return [mean(0), mean(1), mean(2)];
}

/** A strip of one pixel per colour, for pixelmatch. */
export function swatches(colors: Array<[number, number, number]>): Picture {
  const data = new Uint8Array(colors.length * 4);
  colors.forEach((color, index) => data.set([...color, 255], index * 4));
  return { width: Math.max(1, colors.length), height: 1, data: colors.length > 0 ? data : new Uint8Array([255, 255, 255, 255]) };
}

/**
 * The horizontal rules of `page`: runs of ink (darker than the paper by `minDarkness`) at least
 * `minLength` points long, rows of them that touch merged into one rule. Text never draws such a
 * run; a rule of any thickness or colour does.
 */
export function findRules(page: Page, minLength = 72, minDarkness = 24): Rule[] {
  const { picture, dpi } = page;
  const scale = dpi / 72;
  const runs: Array<{ y: number; x0: number; x1: number }> = [];
  for (let y = 0; y < picture.height; y++) {
    let start = -1;
    for (let x = 0; x <= picture.width; x++) {
      const ink = x < picture.width && 255 - luminance(picture.data, (y * picture.width + x) * 4) >= minDarkness;
      if (ink && start < 0) start = x;
      if (!ink && start >= 0) {
        if (x - start >= minLength * scale) runs.push({ y, x0: start, x1: x });
        start = -1;
      }
    }
  }
  const rules: Array<{ y0: number; y1: number; x0: number; x1: number; rows: Array<{ y: number; x0: number; x1: number }> }> = [];
  for (const line of runs) {
    const rule = rules.find((each) => each.y1 === line.y - 1 && line.x0 < each.x1 && each.x0 < line.x1);
    if (rule) {
      rule.y1 = line.y;
      rule.x0 = Math.min(rule.x0, line.x0);
      rule.x1 = Math.max(rule.x1, line.x1);
      rule.rows.push(line);
    } else rules.push({ y0: line.y, y1: line.y, x0: line.x0, x1: line.x1, rows: [line] });
  }
  return rules.map((rule) => {
    // The colour of the rule's darkest row: its edge rows are blends with the paper.
    const row = rule.rows.reduce((best, each) => (rowDarkness(picture, each) > rowDarkness(picture, best) ? each : best));
    const at = (row.y * picture.width + Math.round((row.x0 + row.x1) / 2)) * 4;
    return { x0: rule.x0 / scale, x1: rule.x1 / scale, y0: rule.y0 / scale, y1: (rule.y1 + 1) / scale, color: [picture.data[at]!, picture.data[at + 1]!, picture.data[at + 2]!] };
  });
}

/** `picture` as PNG bytes (to look at a difference). */
export function toPng(picture: Picture): Buffer {
  const png = new PNG({ width: picture.width, height: picture.height });
  png.data = Buffer.from(picture.data);
  return PNG.sync.write(png);
}

function rowDarkness(picture: Picture, row: { y: number; x0: number; x1: number }): number {
  return 255 - luminance(picture.data, (row.y * picture.width + Math.round((row.x0 + row.x1) / 2)) * 4);
}

function luminance(data: Uint8Array, at: number): number {
  return 0.299 * data[at]! + 0.587 * data[at + 1]! + 0.114 * data[at + 2]!;
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} could not run (${result.error.message}): install poppler-utils`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+));/g, (_, name: string, code?: string) => (code ? String.fromCodePoint(Number(code)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!));
}

/** How far page 1 of LibreOffice's PDF of a DOCX may differ from page 1 of the browser's PDF. */
export const TOLERANCE = {
  /** Pages rendered at this resolution (pdftoppm -r). Why 200: the strokes of 9-pt text are two pixels wide, so their cores show the ink. */
  dpi: 200,
  /** Layout: cells of 8 pt; at most this share of them different at pixelmatch's threshold 0.2. */
  cellPoints: 8,
  layoutThreshold: 0.2,
  layoutShare: 0.025,
  /**
   * Colour: words of two or more letters or digits; at most this many printed in another colour
   * at pixelmatch's threshold 0.1 (tells classic's navy from its near-black text; the themes'
   * own words agree down to 0.06).
   */
  colorThreshold: 0.1,
  colorWords: 1,
  /** Rules: the same number, each end within this many points, as thick within this, shifted down or up by at most this, the same colour at threshold 0.2. */
  ruleEnds: 4,
  ruleThickness: 0.8,
  ruleShift: 6,
  ruleThreshold: 0.2,
} as const;

/** What `comparePages` found: the layout's differing share, the words in other colours, the rules that differ. */
export interface PageComparison {
  layoutShare: number;
  /** Layout difference as a picture: pixelmatch's diff of the cells. */
  layoutDiff: Picture;
  words: number;
  /** Words printed in another colour, with both colours. */
  recoloured: Array<{ text: string; pdf: string; docx: string }>;
  rules: { pdf: Rule[]; docx: Rule[]; problems: string[] };
}

/** Compare page 1 of `pdf` (the browser's) and `docx` (LibreOffice's PDF of the DOCX) in the three views (see the top of this file). */
export function comparePages(pdf: string, docx: string): PageComparison {
  const [a, b] = [readPage(pdf, TOLERANCE.dpi), readPage(docx, TOLERANCE.dpi)];
  const cell = Math.round((TOLERANCE.cellPoints * TOLERANCE.dpi) / 72);
  const layout = difference(cells(a.picture, cell), cells(b.picture, cell), TOLERANCE.layoutThreshold);

  const pairs = matchWords(a.words, b.words).filter(([word]) => (word.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2);
  const colors = pairs.map(([x, y]) => [inkColor(a, x), inkColor(b, y)] as const);
  const colorDiff = difference(swatches(colors.map(([x]) => x)), swatches(colors.map(([, y]) => y)), TOLERANCE.colorThreshold);
  const recoloured = pairs.flatMap(([word], index) => (colorDiff.diff.data[index * 4]! === 255 && colorDiff.diff.data[index * 4 + 1]! === 0 ? [{ text: word.text, pdf: hexOf(colors[index]![0]), docx: hexOf(colors[index]![1]) }] : []));

  const [pdfRules, docxRules] = [findRules(a), findRules(b)];
  const problems: string[] = [];
  if (pdfRules.length !== docxRules.length) problems.push(`${pdfRules.length} rules in the PDF (${pdfRules.map(describeRule).join(', ')}), ${docxRules.length} in the DOCX (${docxRules.map(describeRule).join(', ')})`);
  else {
    const ruleColors = difference(swatches(pdfRules.map((rule) => rule.color)), swatches(docxRules.map((rule) => rule.color)), TOLERANCE.ruleThreshold);
    pdfRules.forEach((rule, index) => {
      const other = docxRules[index]!;
      const off =
        Math.abs(rule.x0 - other.x0) > TOLERANCE.ruleEnds ||
        Math.abs(rule.x1 - other.x1) > TOLERANCE.ruleEnds ||
        Math.abs(rule.y0 - other.y0) > TOLERANCE.ruleShift ||
        Math.abs(rule.y1 - rule.y0 - (other.y1 - other.y0)) > TOLERANCE.ruleThickness ||
        (ruleColors.diff.data[index * 4] === 255 && ruleColors.diff.data[index * 4 + 1] === 0);
      if (off) problems.push(`rule ${index + 1}: ${describeRule(rule)} in the PDF, ${describeRule(other)} in the DOCX`);
    });
  }
  return { layoutShare: layout.share, layoutDiff: layout.diff, words: pairs.length, recoloured, rules: { pdf: pdfRules, docx: docxRules, problems } };
}

function describeRule(rule: Rule): string {
  return `${hexOf(rule.color)} ${(rule.y1 - rule.y0).toFixed(1)} pt thick from ${rule.x0.toFixed(0)} to ${rule.x1.toFixed(0)} pt at ${rule.y0.toFixed(0)} pt`;
}

function hexOf(color: [number, number, number]): string {
  return `#${color.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
