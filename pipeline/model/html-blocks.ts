/**
 * Reads a raw HTML block that holds a header (`<h1 align="center">Name</h1><p>Engineer<br><a
 * href="mailto:…">…</a> · Pittsburgh</p>`) as the Markdown blocks it stands for, so the header reader
 * finds the name and contacts in it as in Markdown; and tells an HTML block that holds no words.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Html, ListItem } from 'mdast';
import { isSafeUrl } from './defuse-unsafe-content.js';
import type { Block, Inline } from './types.js';

// Why so few: each is read without losing a word; an image, a table or a script keeps the block as HTML.
const CONTAINERS = new Set(['div', 'section', 'header', 'center']);
const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const WRAPPERS = new Set(['span', 'small', 'big', 'font', 'u']);

/**
 * The blocks `node` stands for when it holds a heading and nothing but headings, paragraphs, lists,
 * links, line breaks and emphasis (attributes such as `align` dropped); otherwise null. Every node made
 * is placed at the HTML block.
 */
export function htmlBlocks(node: Html): Block[] | null {
  const tree = fromHtml(node.value, { fragment: true });
  const blocks = readBlocks(tree.children, node);
  return blocks && blocks.some((block) => block.type === 'heading') ? blocks : null;
}

/** Whether `node` holds no words and no image: a comment or a wrapper tag (`<div align="center">`, `</div>`). */
export function isWordlessHtml(node: Html): boolean {
  const tree: HastRoot = fromHtml(node.value, { fragment: true });
  return toString(tree).trim() === '' && !node.value.includes('<img');
}

function readBlocks(nodes: RootContent[], html: Html): Block[] | null {
  const blocks: Block[] = [];
  let loose: ElementContent[] = [];
  const flush = (): boolean => {
    if (loose.every((child) => child.type === 'text' && child.value.trim() === '')) return (loose = [], true);
    const children = readInline(loose, html);
    loose = [];
    if (!children) return false;
    blocks.push({ type: 'paragraph', children, position: html.position });
    return true;
  };
  for (const child of nodes) {
    if (child.type !== 'text' && child.type !== 'element') return null;
    if (child.type === 'text' || (child.type === 'element' && isPhrasing(child))) {
      loose.push(child);
      continue;
    }
    if (!flush()) return null;
    const read = readBlock(child, html);
    if (!read) return null;
    blocks.push(...read);
  }
  return flush() ? blocks : null;
}

function readBlock(element: Element, html: Html): Block[] | null {
  const depth = HEADINGS[element.tagName];
  if (depth) {
    const children = readInline(element.children, html);
    // Why without links: on a site's page a heading links into the site (`<a href="/">`), not to the person.
    return children ? [{ type: 'heading', depth, children: children.flatMap((child) => (child.type === 'link' ? child.children : [child])), position: html.position }] : null;
  }
  if (element.tagName === 'p') {
    const children = readInline(element.children, html);
    return children ? [{ type: 'paragraph', children, position: html.position }] : null;
  }
  if (CONTAINERS.has(element.tagName)) return readBlocks(element.children, html);
  if (element.tagName !== 'ul' && element.tagName !== 'ol') return null;
  const items: ListItem[] = [];
  for (const child of element.children) {
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (child.type !== 'element' || child.tagName !== 'li') return null;
    const children = readInline(child.children, html);
    if (!children) return null;
    items.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children, position: html.position }], position: html.position });
  }
  return [{ type: 'list', ordered: element.tagName === 'ol', spread: false, children: items, position: html.position }];
}

function isPhrasing(element: Element): boolean {
  return ['a', 'br', 'strong', 'b', 'em', 'i', 'code'].includes(element.tagName) || WRAPPERS.has(element.tagName);
}

/** Phrasing HTML as mdast inline content, white space collapsed as a browser shows it; null for anything else. */
function readInline(nodes: ElementContent[], html: Html): Inline | null {
  const inline: Inline = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      inline.push({ type: 'text', value: node.value.replace(/\s+/g, ' ') });
      continue;
    }
    if (node.type !== 'element' || !isPhrasing(node)) return null;
    if (node.tagName === 'br') {
      inline.push({ type: 'break' });
      continue;
    }
    const children = readInline(node.children, html);
    if (!children) return null;
    const href = node.properties.href;
    if (node.tagName === 'a') {
      if (typeof href !== 'string' || !isSafeUrl(href)) return null;
      inline.push({ type: 'link', url: href, children, position: html.position });
    } else if (node.tagName === 'strong' || node.tagName === 'b') inline.push({ type: 'strong', children });
    else if (node.tagName === 'em' || node.tagName === 'i') inline.push({ type: 'emphasis', children });
    else if (node.tagName === 'code') inline.push({ type: 'inlineCode', value: toString(node) });
    else inline.push(...children);
  }
  return inline;
}
