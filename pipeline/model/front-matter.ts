/** Reads YAML front matter as data: typed fields, positioned errors, warnings for unknown keys. */
import type { Yaml } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { fail, warn } from '../diagnostics.js';
import { closestMatch } from './closest-match.js';
import type { PairOrder } from './role-or-organization.js';
import type { Paper } from './types.js';
import { readVariants, type VariantDeclaration } from './variants/read-variants.js';

/** One item of `links`. */
export interface FrontMatterLink {
  text: string | null;
  url: string;
  /** Where the link stands in the file. */
  place: Point;
}

/** Front matter fields; every one is optional. */
export interface FrontMatterFields {
  name?: string;
  headline?: string;
  email?: string;
  phone?: string;
  location?: string;
  links?: FrontMatterLink[];
  /** The picture beside the name: a PNG, JPEG, WebP or GIF file, relative to the Markdown file. */
  photo?: string;
  paper?: Paper;
  /** The most pages the built résumé should take; `resume check --ats` warns past it (default 2). */
  pages?: number;
  theme?: string;
  lang?: string;
  keywords?: string[];
  description?: string;
  /** Which of role and organisation an entry header names first when nothing else tells. */
  entries?: PairOrder;
  /** The document's author (Pandoc, Jekyll): the person's name when nothing else gives one. */
  author?: string;
  /** The page's title (Pandoc, Jekyll): the person's name when it reads as one and nothing else gives one. */
  title?: string;
  /** Options of `resume check` for this résumé; `resume check` validates the rule ids. */
  check?: CheckSettings;
  /** The cuts `resume build --variant NAME` makes, each with its overrides. */
  variants?: VariantDeclaration[];
}

/** Front matter `check: { ignore: [rule-id] }`: the rules `resume check` leaves out for this résumé. */
export interface CheckSettings {
  /** Rule ids as written, each with where it stands in the file. */
  ignore: Array<{ id: string; place: Point }>;
}

/** The keys front matter may hold. */
export type FrontMatterKey = keyof FrontMatterFields;

/** The fields read, and where each value starts in the file. */
export interface FrontMatter extends FrontMatterFields {
  places: Partial<Record<FrontMatterKey, Point>>;
}

/** Where a value stands, for reading it and for placing its problems. */
export interface Where {
  key: FrontMatterKey;
  /** The value's YAML node: its source text and its items' positions. */
  node: YamlNode | null;
  place: Point;
  file: VFile;
  at: (offset: number | undefined) => Point;
}

type Reader<K extends FrontMatterKey> = (value: unknown, where: Where) => FrontMatterFields[K] | undefined;

// Why a table: one reader per key, and the order in which "expected one of" names them.
const READERS: { [K in FrontMatterKey]: Reader<K> } = {
  name: readText,
  headline: readText,
  email: readText,
  phone: readPhone,
  location: readText,
  theme: readText,
  lang: readLanguageTag,
  description: readText,
  links: readLinks,
  photo: readText,
  paper: readPaper,
  pages: readPages,
  keywords: readKeywords,
  entries: readEntriesOrder,
  author: readText,
  title: readText,
  check: readCheck,
  variants: readVariants,
};
const KNOWN_KEYS = Object.keys(READERS) as FrontMatterKey[];
const PAPERS: readonly Paper[] = ['letter', 'a4'];
// Why: bounds alias expansion ("billion laughs") so hostile YAML fails fast with little memory.
const MAX_ALIAS_COUNT = 50;
// A primary language subtag has two or three letters (`en`, `fil`); longer ones are reserved.
const LANGUAGE = /^[a-z]{2,3}(?:-|$)/;

/** Read the front matter node (if any) into typed fields, recording every problem on `file`. */
export function readFrontMatter(node: Yaml | undefined, file: VFile): FrontMatter {
  const result: FrontMatter = { places: {} };
  if (!node) return result;
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
    return result;
  }
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    fail(file, 'Front matter must be a YAML mapping of keys to values, such as `name: Ada Lovelace`', at(doc.contents.range?.[0]), 'front-matter-shape');
    return result;
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    fail(file, `Front matter YAML refused: ${error instanceof Error ? error.message : String(error)}`, at(0), 'front-matter-yaml');
    return result;
  }

  const record = data as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!isKnownKey(key)) {
      warn(file, unknownKeyReason(key), at((pair.key as YamlNode | null)?.range?.[0]), 'front-matter-key');
      continue;
    }
    const valueNode = pair.value as YamlNode | null;
    const place = at(valueNode?.range?.[0] ?? (pair.key as YamlNode | null)?.range?.[1]);
    const value = (READERS[key] as Reader<typeof key>)(record[key], { key, node: valueNode, place, file, at });
    if (value === undefined) continue;
    Object.assign(result, { [key]: value });
    result.places[key] = place;
  }
  return result;
}

function isKnownKey(key: string): key is FrontMatterKey {
  return Object.hasOwn(READERS, key);
}

function unknownKeyReason(key: string): string {
  const near = closestMatch(key, KNOWN_KEYS);
  if (near) return `Unknown front matter key \`${key}\`: did you mean \`${near}\`?`;
  return `Unknown front matter key \`${key}\`, expected one of ${KNOWN_KEYS.map((known) => `\`${known}\``).join(', ')}`;
}

/** Text only: a number where text is expected is a mistake (`lang: 42`), not text. */
export function readText(value: unknown, where: Where): string | undefined {
  if (typeof value === 'string') return value.trim();
  fail(where.file, `Front matter \`${where.key}\` must be text, not ${describe(value)}`, where.place, 'front-matter-type');
  return undefined;
}

/** Text, or unquoted digits taken as typed. Why: `phone: 5551234` is plainly a phone number, and YAML would drop a leading 0 or `+`. */
function readPhone(value: unknown, where: Where): string | undefined {
  if (typeof value === 'number') return sourceText(where.node, value);
  return readText(value, where);
}

/** A BCP 47 language tag, canonicalised (`EN-gb` → `en-GB`). */
function readLanguageTag(value: unknown, where: Where): string | undefined {
  const text = readText(value, where);
  if (text === undefined) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(text);
    if (tag && LANGUAGE.test(tag)) return tag;
  } catch {
    // Not a well-formed tag: reported below.
  }
  fail(where.file, `Front matter \`lang\` must be a language tag such as \`en\`, \`en-GB\` or \`pt-BR\`, not \`${text}\``, where.place, 'front-matter-type');
  return undefined;
}

export function readPaper(value: unknown, where: Where): Paper | undefined {
  const paper = typeof value === 'string' ? value.toLowerCase() : value;
  if (PAPERS.includes(paper as Paper)) return paper as Paper;
  fail(where.file, `Front matter \`paper\` must be \`letter\` or \`a4\`, not \`${String(value)}\``, where.place, 'front-matter-type');
  return undefined;
}

/** A whole number of pages from 1 (`pages: 2`). */
export function readPages(value: unknown, where: Where): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  fail(where.file, `Front matter \`pages\` must be a whole number from 1, such as \`pages: 2\`, not ${describe(value)}`, where.place, 'front-matter-type');
  return undefined;
}

function readEntriesOrder(value: unknown, where: Where): PairOrder | undefined {
  const order = typeof value === 'string' ? value.toLowerCase() : value;
  if (order === 'role-first' || order === 'organization-first') return order;
  fail(where.file, `Front matter \`entries\` must be \`role-first\` or \`organization-first\`, not \`${String(value)}\``, where.place, 'front-matter-type');
  return undefined;
}

/** A comma-separated string or a list of words; numbers in the list are taken as typed. */
function readKeywords(value: unknown, where: Where): string[] | undefined {
  if (typeof value === 'string') return value.split(',').map((keyword) => keyword.trim()).filter(Boolean);
  if (!Array.isArray(value)) {
    fail(where.file, `Front matter \`keywords\` must be a list of words or a comma-separated string, not ${describe(value)}`, where.place, 'front-matter-type');
    return undefined;
  }
  const keywords: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === 'string') keywords.push(item.trim());
    else if (typeof item === 'number') keywords.push(sourceText(itemNode(where, index), item));
    else fail(where.file, `Front matter \`keywords\` must list words, not ${describe(item)}`, itemPlace(where, index), 'front-matter-type');
  });
  return keywords.filter(Boolean);
}

/** URLs, or `{text, url}` mappings (`label` is read as `text`); each bad item is reported at its place. */
function readLinks(value: unknown, where: Where): FrontMatterLink[] | undefined {
  if (!Array.isArray(value)) {
    fail(where.file, `Front matter \`links\` must be a list of URLs, or of \`{text, url}\` mappings, not ${describe(value)}`, where.place, 'front-matter-type');
    return undefined;
  }
  const links: FrontMatterLink[] = [];
  value.forEach((item: unknown, index) => {
    const place = itemPlace(where, index);
    if (typeof item === 'string') links.push({ text: null, url: item, place });
    else if (item && typeof item === 'object' && typeof (item as { url?: unknown }).url === 'string') {
      const { url, text, label } = item as { url: string; text?: unknown; label?: unknown };
      const name = typeof text === 'string' ? text : typeof label === 'string' ? label : null;
      links.push({ text: name, url, place });
    } else {
      fail(where.file, `Front matter \`links\` must list URLs or \`{text, url}\` mappings, not ${describe(item)}`, place, 'front-matter-type');
    }
  });
  return links;
}

/** `check: { ignore: [rule-id, …] }` (or `ignore: a, b`); the ids are checked by `resume check`, which knows the rules. */
function readCheck(value: unknown, where: Where): CheckSettings | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    fail(where.file, `Front matter \`check\` must be a mapping such as \`check: { ignore: [bullet-length] }\`, not ${describe(value)}`, where.place, 'front-matter-type');
    return undefined;
  }
  const settings: CheckSettings = { ignore: [] };
  const map = isMap(where.node) ? where.node : null;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const pair = map?.items.find((each) => isScalar(each.key) && String(each.key.value) === key);
    const keyPlace = where.at((pair?.key as YamlNode | undefined)?.range?.[0]);
    if (key !== 'ignore') {
      const near = closestMatch(key, ['ignore']);
      warn(where.file, `Unknown key \`${key}\` in front matter \`check\`: ${near ? `did you mean \`${near}\`?` : 'expected `ignore`'}`, keyPlace, 'front-matter-key');
      continue;
    }
    const node = (pair?.value as YamlNode | null | undefined) ?? null;
    const inner: Where = { ...where, node, place: node?.range ? where.at(node.range[0]) : keyPlace };
    if (typeof item === 'string') {
      settings.ignore.push(...item.split(',').map((id) => id.trim()).filter(Boolean).map((id) => ({ id, place: inner.place })));
    } else if (Array.isArray(item)) {
      item.forEach((id: unknown, index) => {
        if (typeof id === 'string' && id.trim() !== '') settings.ignore.push({ id: id.trim(), place: itemPlace(inner, index) });
        else fail(where.file, `Front matter \`check.ignore\` must list rule ids, not ${describe(id)}`, itemPlace(inner, index), 'front-matter-type');
      });
    } else {
      fail(where.file, `Front matter \`check.ignore\` must be a list of rule ids, such as \`[bullet-length]\`, not ${describe(item)}`, inner.place, 'front-matter-type');
    }
  }
  return settings;
}

function itemNode(where: Where, index: number): YamlNode | null {
  return isSeq(where.node) ? ((where.node.items[index] as YamlNode | undefined) ?? null) : null;
}

function itemPlace(where: Where, index: number): Point {
  const offset = itemNode(where, index)?.range?.[0];
  return offset === undefined ? where.place : where.at(offset);
}

/** A number as the user typed it (`0701234567`, `+46…`), not as YAML read it. */
function sourceText(node: YamlNode | null, value: number): string {
  return (isScalar(node) ? node.source : undefined) ?? String(value);
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value} \`${String(value)}\``;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
