/** A figure: a paragraph that holds one image and nothing else but white space and line breaks. */
import type { Image, Paragraph } from 'mdast';

/** The image `paragraph` is a figure of; null when it holds anything else, or more than one image. */
export function figureOf(paragraph: Paragraph): Image | null {
  const visible = paragraph.children.filter((node) => node.type !== 'break' && !(node.type === 'text' && node.value.trim() === ''));
  const only = visible.length === 1 ? visible[0]! : null;
  return only?.type === 'image' ? only : null;
}
