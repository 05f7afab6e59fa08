/** An image file as a `data:` URL, the only image source the self-contained HTML holds. */
import type { ImageFile } from '../model/types.js';

/** The image sources the HTML keeps: base64 data of the four formats every output can show, and nothing remote. */
export const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/]*={0,2}$/;

/** `file` as `data:image/…;base64,…`. */
export function dataUrl(file: ImageFile): string {
  return `data:${file.mediaType};base64,${Buffer.from(file.bytes).toString('base64')}`;
}
