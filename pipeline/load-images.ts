/**
 * The load layer's images: each image the Markdown or front matter names is read from next to the
 * résumé, checked and attached to its node (`node.data.file`), so renderers stay pure. A remote
 * image is never fetched: it becomes its alt text, with a warning.
 */
import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Image, PhrasingContent, Root } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fail, warn } from './diagnostics.js';
import { readImage, type ReadImage } from './images/read-image.js';
import type { Resume } from './model/types.js';

/** Reads each image once, however often the résumé shows it. */
type Reader = (path: string) => Promise<ReadImage>;

/** The images of one résumé file, read relative to its folder. */
export interface ImageLoader {
  /** Attach its file to every image of `tree`; remote images become their alt text. */
  loadImages(tree: Root): Promise<void>;
  /** `resume` with its photo's file attached, or without a photo when it is remote. */
  loadPhoto(resume: Resume): Promise<Resume>;
}

/** A loader for the images of the résumé at `path`; problems are messages on `file`. */
export async function imageLoader(path: string, file: VFile): Promise<ImageLoader> {
  const folder = dirname(await realpath(path));
  const cache = new Map<string, Promise<ReadImage>>();
  const read: Reader = (url) => {
    if (!cache.has(url)) cache.set(url, readImage(url, folder));
    return cache.get(url)!;
  };
  return {
    loadImages: (tree) => loadImages(tree, file, read),
    loadPhoto: async (resume) => {
      if (!resume.photo || resume.photo.data?.file) return resume;
      return { ...resume, photo: (await load(resume.photo, file, read)) ? resume.photo : null };
    },
  };
}

async function loadImages(tree: Root, file: VFile, read: Reader): Promise<void> {
  const found: Array<{ node: Image; parent: { type: string; children: PhrasingContent[] } }> = [];
  visit(tree, (node, _index, parent) => {
    if (node.type === 'image' && parent) found.push({ node, parent: parent as { type: string; children: PhrasingContent[] } });
    if (node.type === 'html') warnRawImages(node.value, node.position, file);
  });
  for (const { node, parent } of found) {
    const inHeading = parent.type === 'heading';
    if (await load(node, file, read, inHeading)) continue;
    // Why its alt text: no word is ever dropped, and the image itself cannot be shown. Why not in a
    // heading: `# ![Portrait](https://…) Ada Lovelace` names Ada Lovelace, not `Portrait Ada Lovelace`.
    const text: PhrasingContent[] = node.alt && !inHeading ? [{ type: 'text', value: node.alt, position: node.position }] : [];
    parent.children.splice(parent.children.indexOf(node), 1, ...text);
  }
}

/**
 * Read the file of `node` and attach it; false when the image is to be dropped (a remote one).
 * A local file that cannot be used is an error, and the node stays as it is.
 */
async function load(node: Image, file: VFile, read: Reader, inHeading = false): Promise<boolean> {
  const url = node.url.trim();
  if (url === '') {
    fail(file, 'The image names no file: write its path relative to the Markdown file, such as `![Portrait](photo.jpg)`', node, 'image-missing');
    return true;
  }
  if (isUrl(url)) {
    const alt = inHeading ? 'the heading keeps its words, not the alt text' : 'the alt text stays';
    warn(file, `Removed the image \`${shorten(url)}\`: images are never downloaded; save it next to the résumé and link the file, such as \`![Portrait](photo.jpg)\` (${alt})`, node, 'remote-image');
    return false;
  }
  const result = await read(url);
  if (!result.ok) {
    fail(file, result.reason, node, result.ruleId);
    return true;
  }
  node.data = { ...node.data, file: result.file };
  return true;
}

/** Raw HTML `<img>` is never embedded (the sanitiser drops its source): say how to write it instead. */
function warnRawImages(html: string, position: Position | undefined, file: VFile): void {
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    const src = element.tagName === 'img' ? element.properties['src'] : undefined;
    if (typeof src !== 'string' || src.startsWith('data:')) return;
    warn(file, `The HTML image \`${shorten(src)}\` is not shown: write it in Markdown, such as \`![Portrait](photo.jpg)\`, with the file next to the résumé`, position, 'raw-html-image');
  });
}

/** Whether `url` has a scheme (`https:`) or a host (`//cdn…`), so names no file of the résumé's folder. */
function isUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
