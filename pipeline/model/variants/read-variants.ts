/**
 * Reads front matter `variants:`, the cuts of one master résumé: a list of names (`[academic, industry]`)
 * or a mapping of names to overrides (`academic: { headline: …, pages: 2, theme: classic, paper: a4,
 * public: true }`). Each bad name, value or key is an error at its place.
 */
import type { Point } from 'unist';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { fail } from '../../diagnostics.js';
import { closestMatch } from '../closest-match.js';
import { describe, readPages, readPaper, readText, type Where } from '../front-matter.js';
import type { Paper } from '../types.js';
import { VARIANT_NAME } from './variant-tag.js';

/** One declared variant and what it overrides; null leaves the résumé's own value. */
export interface VariantDeclaration {
  /** Lower case letters, digits and hyphens: it names the output files (`cv.academic.pdf`). */
  name: string;
  /** Where the name stands in the file. */
  place: Point;
  headline: string | null;
  pages: number | null;
  theme: string | null;
  paper: Paper | null;
  /** Whether this cut always leaves out the phone, the street and everything tagged `private`. */
  public: boolean;
  /** Where each override's value stands. */
  places: Partial<Record<VariantKey, Point>>;
}

type VariantKey = 'headline' | 'pages' | 'theme' | 'paper' | 'public';

const KEYS: readonly VariantKey[] = ['headline', 'pages', 'theme', 'paper', 'public'];
/** `--variant all` builds every variant, so no variant may be called that. */
const RESERVED = 'all';

/** The variants of front matter `variants:`; every problem is an error on `where.file`. */
export function readVariants(value: unknown, where: Where): VariantDeclaration[] | undefined {
  const declared: VariantDeclaration[] = [];
  const add = (name: unknown, place: Point, overrides: YamlNode | null, data: unknown) => {
    const checked = checkName(name, place, where, declared);
    if (checked !== null) declared.push(readOverrides(checked, place, overrides, data, where));
  };
  const node = where.node;
  if (typeof value === 'string') {
    for (const name of value.split(',').map((each) => each.trim()).filter(Boolean)) add(name, where.place, null, null);
  } else if (Array.isArray(value) && isSeq(node)) {
    value.forEach((name, index) => add(name, placeOf((node.items[index] as YamlNode | undefined) ?? null, where), null, null));
  } else if (value && typeof value === 'object' && !Array.isArray(value) && isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      add(key, placeOf(pair.key as YamlNode | null, where), (pair.value as YamlNode | null) ?? null, (value as Record<string, unknown>)[String(key)]);
    }
  } else {
    fail(where.file, `Front matter \`variants\` must list names, such as \`variants: [academic, industry]\`, or map each name to its overrides, not ${describe(value)}`, where.place, 'front-matter-type');
    return undefined;
  }
  return declared;
}

/** The variant name `name` in lower case, or null (with an error) when it cannot name one. */
function checkName(name: unknown, place: Point, where: Where, declared: VariantDeclaration[]): string | null {
  const text = typeof name === 'string' || typeof name === 'number' ? String(name).trim().toLowerCase() : null;
  if (text === null || !VARIANT_NAME.test(text)) {
    fail(where.file, `A variant name is a word of letters, digits and hyphens, such as \`academic\`, not ${typeof name === 'string' ? `\`${name}\`` : describe(name)}`, place, 'front-matter-type');
    return null;
  }
  if (text === RESERVED) {
    fail(where.file, '`all` cannot name a variant: `--variant all` builds every variant; choose another name', place, 'front-matter-type');
    return null;
  }
  if (declared.some((variant) => variant.name === text)) {
    fail(where.file, `The variant \`${text}\` is declared twice; remove one`, place, 'front-matter-type');
    return null;
  }
  return text;
}

/** The overrides of one variant from its mapping (`{ headline: …, public: true }`), each value checked. */
function readOverrides(name: string, place: Point, node: YamlNode | null, data: unknown, where: Where): VariantDeclaration {
  const variant: VariantDeclaration = { name, place, headline: null, pages: null, theme: null, paper: null, public: false, places: {} };
  if (data === null || data === undefined) return variant;
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(node)) {
    fail(where.file, `The variant \`${name}\` must map overrides, such as \`${name}: { headline: Researcher, pages: 2 }\`, or be empty, not ${describe(data)}`, placeOf(node, where), 'front-matter-type');
    return variant;
  }
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const valueNode = (pair.value as YamlNode | null) ?? null;
    const valuePlace = valueNode ? placeOf(valueNode, where) : placeOf(pair.key as YamlNode | null, where);
    const value = (data as Record<string, unknown>)[key];
    if (!isVariantKey(key)) {
      // Why an error, not a warning as for other keys: a misspelt `public` would publish the phone number.
      const near = closestMatch(key, KEYS);
      fail(where.file, `Unknown key \`${key}\` in the variant \`${name}\`: ${near ? `did you mean \`${near}\`? ` : ''}expected ${KEYS.map((known) => `\`${known}\``).join(', ')}`, placeOf(pair.key as YamlNode | null, where), 'front-matter-key');
      continue;
    }
    const inner: Where = { ...where, node: valueNode, place: valuePlace };
    const read = readOverride(key, value, inner);
    if (read === undefined) continue;
    Object.assign(variant, { [key]: read });
    variant.places[key] = valuePlace;
  }
  return variant;
}

function readOverride(key: VariantKey, value: unknown, where: Where): string | number | boolean | undefined {
  switch (key) {
    case 'headline':
    case 'theme':
      return readText(value, { ...where, key });
    case 'pages':
      return readPages(value, where);
    case 'paper':
      return readPaper(value, where);
    case 'public':
      if (typeof value === 'boolean') return value;
      fail(where.file, `A variant's \`public\` must be \`true\` or \`false\`, not ${describe(value)}`, where.place, 'front-matter-type');
      return undefined;
  }
}

function isVariantKey(key: string): key is VariantKey {
  return (KEYS as readonly string[]).includes(key);
}

function placeOf(node: YamlNode | null, where: Where): Point {
  const offset = node?.range?.[0];
  return offset === undefined ? where.place : where.at(offset);
}
