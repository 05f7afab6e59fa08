/**
 * How big an image is shown, worked out once for the HTML and the DOCX so the formats agree. Sizes
 * are CSS pixels (1/96 in), which the HTML's `width`/`height` and docx's ImageRun both take.
 */
import type { Image, Nodes } from 'mdast';
import { figureOf } from '../model/figure.js';
import type { ImageFile } from '../model/types.js';

/** A display size in CSS pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

const PIXELS_PER_POINT = 96 / 72;

/**
 * A figure (an image alone in its paragraph) or an icon (an image beside words, `![](mail.png)
 * ada@example.com`, or in a heading), which is set as high as the text around it.
 */
export function isFigure(node: Image, parent: Nodes | undefined): boolean {
  return parent?.type === 'paragraph' && figureOf(parent) === node;
}

/** The header photo: scaled, up or down, to fit a square of `box` points. */
export function photoSize(file: ImageFile, box: number): PixelSize {
  return scaled(file, (box * PIXELS_PER_POINT) / Math.max(file.width, file.height));
}

/** A figure: one image pixel per CSS pixel, scaled down to `maxWidth` points where wider. */
export function figureSize(file: ImageFile, maxWidth: number): PixelSize {
  return scaled(file, Math.min(1, (maxWidth * PIXELS_PER_POINT) / file.width));
}

/** An icon: `height` points high. */
export function iconSize(file: ImageFile, height: number): PixelSize {
  return scaled(file, (height * PIXELS_PER_POINT) / file.height);
}

function scaled(file: ImageFile, factor: number): PixelSize {
  return { width: Math.max(1, Math.round(file.width * factor)), height: Math.max(1, Math.round(file.height * factor)) };
}
