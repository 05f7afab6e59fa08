/**
 * The header's photo when the Markdown puts one by the name: an image in the name's heading
 * (`# ![Portrait](me.jpg) Ada Lovelace`) or a paragraph holding nothing but an image in the header.
 * Only an image whose file the load layer read moves; any other stays where it is written.
 */
import type { Image, PhrasingContent } from 'mdast';
import { figureOf } from './figure.js';
import type { Block, Inline } from './types.js';

/** The header with its photo taken out of the name or its other blocks; `photo` is null when it has none. */
export interface HeaderWithPhoto {
  photo: Image | null;
  nameContent: Inline;
  before: Block[];
}

/** Find the photo in the name, else in the first image-only paragraph of `before`. */
export function headerPhoto(nameContent: Inline, before: Block[]): HeaderWithPhoto {
  const inName = nameContent.find(isReadImage);
  if (inName) {
    const rest = nameContent.filter((node) => node !== inName);
    return { photo: inName, nameContent: trimStart(rest), before };
  }
  const readFigure = (block: Block) => (block.type === 'paragraph' ? figureOf(block) : null);
  const index = before.findIndex((block) => isReadImage(readFigure(block)));
  if (index === -1) return { photo: null, nameContent, before };
  return { photo: readFigure(before[index]!), nameContent, before: before.filter((_, at) => at !== index) };
}

function isReadImage(node: PhrasingContent | null): node is Image {
  return node?.type === 'image' && node.data?.file !== undefined;
}

/** `content` without the white space the image left at its start (`# ![](me.jpg) Ada`). */
function trimStart(content: Inline): Inline {
  const [first, ...rest] = content;
  if (first?.type !== 'text') return content;
  const value = first.value.trimStart();
  return value === '' ? trimStart(rest) : [{ ...first, value }, ...rest];
}
