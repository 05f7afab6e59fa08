/** Reads YAML front matter as data: typed fields, positioned errors, warnings for unknown keys. */
import type { Yaml } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { fail, warn } from '../diagnostics.js';
import type { Paper } from './types.js';

export interface FrontMatterLink {
  text: string | null;
  url: string;
}

/** Front matter fields; every one is optional. */
export interface FrontMatter {
  name?: string;
  headline?: string;
  email?: string;
  phone?: string;
  location?: string;
  links?: FrontMatterLink[];
  paper?: Paper;
  theme?: string;
  lang?: string;
  keywords?: string[];
  description?: string;
}

const STRING_KEYS = ['name', 'headline', 'email', 'phone', 'location', 'theme', 'lang', 'description'] as const;
const KNOWN_KEYS = new Set<string>([...STRING_KEYS, 'links', 'paper', 'keywords']);
const PAPERS: readonly Paper[] = ['letter', 'a4'];
// Why: bounds alias expansion ("billion laughs") so hostile YAML fails fast with little memory.
const MAX_ALIAS_COUNT = 50;

/** Read the front matter node (if any) into typed fields, recording problems on `file`. */
export function readFrontMatter(node: Yaml | undefined, file: VFile): FrontMatter {
  if (!node) return {};
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): Point => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      fail(file, `Invalid YAML front matter: ${firstSentence(error.message)}`, at(error.pos[0]), 'front-matter-yaml');
    }
    return {};
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) {
    fail(file, 'Front matter must be a YAML mapping of keys to values, such as `name: Ada Lovelace`', at(doc.contents.range?.[0]), 'front-matter-shape');
    return {};
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    fail(file, `Front matter YAML refused: ${error instanceof Error ? error.message : String(error)}`, at(0), 'front-matter-yaml');
    return {};
  }

  const result: FrontMatter = {};
  const record = data as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const place = at((pair.key as YamlNode | null)?.range?.[0]);
    const value = record[key];
    if (!KNOWN_KEYS.has(key)) {
      warn(file, `Unknown front matter key \`${key}\`, expected one of ${[...KNOWN_KEYS].map((k) => `\`${k}\``).join(', ')}`, place, 'front-matter-key');
      continue;
    }
    const valuePlace = at((pair.value as YamlNode | null)?.range?.[0]);
    readField(result, key, value, valuePlace, file);
  }
  return result;
}

function readField(result: FrontMatter, key: string, value: unknown, place: Point, file: VFile): void {
  if (key === 'paper') {
    const paper = typeof value === 'string' ? value.toLowerCase() : value;
    if (PAPERS.includes(paper as Paper)) result.paper = paper as Paper;
    else fail(file, `Front matter \`paper\` must be \`letter\` or \`a4\`, not \`${String(value)}\``, place, 'front-matter-type');
  } else if (key === 'keywords') {
    const keywords = typeof value === 'string' ? value.split(',') : value;
    if (Array.isArray(keywords) && keywords.every((k) => typeof k === 'string' || typeof k === 'number')) {
      result.keywords = keywords.map((k) => String(k).trim()).filter(Boolean);
    } else fail(file, 'Front matter `keywords` must be a list of words or a comma-separated string', place, 'front-matter-type');
  } else if (key === 'links') {
    const links = readLinks(value);
    if (links) result.links = links;
    else fail(file, 'Front matter `links` must be a list of URLs, or of `{text, url}` mappings', place, 'front-matter-type');
  } else if (typeof value === 'string' || typeof value === 'number') {
    (result as Record<string, unknown>)[key] = String(value).trim();
  } else {
    fail(file, `Front matter \`${key}\` must be text, not ${describe(value)}`, place, 'front-matter-type');
  }
}

function readLinks(value: unknown): FrontMatterLink[] | null {
  if (!Array.isArray(value)) return null;
  const links: FrontMatterLink[] = [];
  for (const item of value) {
    if (typeof item === 'string') links.push({ text: null, url: item });
    else if (item && typeof item === 'object' && typeof (item as { url?: unknown }).url === 'string') {
      const { url, text, label } = item as { url: string; text?: unknown; label?: unknown };
      const name = typeof text === 'string' ? text : typeof label === 'string' ? label : null;
      links.push({ text: name, url });
    } else return null;
  }
  return links;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
