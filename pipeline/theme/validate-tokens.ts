/**
 * Reads a theme's tokens.json against styles/tokens.schema.json with Ajv; each problem (a JSON
 * syntax error, a missing, unknown or wrong token) as a sentence at its line and column.
 */
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';
// Why the ESM build: the package's main file is UMD, whose inner require() calls esbuild cannot
// follow into the CLI's bundle (pipeline/prepare.ts).
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { closestMatch } from '../model/closest-match.js';
import type { ThemeTokens } from './theme.js';
import { loadValidator } from './tokens-validator.js';

/** A problem in tokens.json, at a 1-based line and column. */
export interface TokenProblem {
  reason: string;
  line: number;
  column: number;
}

/** The tokens of `text`, or every problem found in it. */
export type TokensResult = { ok: true; tokens: ThemeTokens } | { ok: false; problems: TokenProblem[] };

// Why cached by the schema's text: loading the validator costs more than validating, and a
// build or the dev server loads several themes against one schema.
const validators = new Map<string, ValidateFunction>();

/** Parse `text` (a tokens.json) and validate it against `schemaText` (tokens.schema.json). */
export function validateTokens(text: string, schemaText: string): TokensResult {
  const at = positions(text);
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (syntax.length > 0 || !root) {
    // One error a line: the parser recovers and goes on, and what follows an error on its line is mostly its echo.
    const problems = syntax
      .map((error) => ({ reason: `Invalid JSON: ${syntaxReason(error, text)}`, ...at(error.offset) }))
      .filter((problem, index, all) => all.findIndex((other) => other.line === problem.line) === index);
    return { ok: false, problems: problems.length > 0 ? problems : [{ reason: 'Invalid JSON: the file is empty, expected an object of tokens', line: 1, column: 1 }] };
  }
  const schema = JSON.parse(schemaText) as AnySchemaObject;
  const validate = validator(schemaText);
  const tokens = JSON.parse(text) as unknown;
  if (validate(tokens)) return { ok: true, tokens: tokens as ThemeTokens };
  const problems = (validate.errors ?? []).map((error) => ({ reason: reasonOf(error, schema), ...at(placeOf(error, root)) }));
  // One message per place and reason (a `null`-or-object token that is neither reports once).
  const unique = [...new Map(problems.map((problem) => [`${problem.line}:${problem.column}:${problem.reason}`, problem])).values()];
  return { ok: false, problems: unique.sort((a, b) => a.line - b.line || a.column - b.column) };
}

function validator(schemaText: string): ValidateFunction {
  let validate = validators.get(schemaText);
  if (!validate) {
    validate = loadValidator(schemaText);
    validators.set(schemaText, validate);
  }
  return validate;
}

/** The offset where `error` is: an unknown key's name, a missing key's parent's key, else the value. */
function placeOf(error: ErrorObject, root: JsonNode): number {
  const path = pointerPath(error.instancePath);
  const node = findNodeAtLocation(root, path) ?? root;
  if (error.keyword === 'additionalProperties') {
    const name = (error.params as { additionalProperty: string }).additionalProperty;
    const property = node.children?.find((child) => child.children?.[0]?.value === name);
    if (property) return property.offset;
  }
  // A missing token is reported at its parent's key (`"size": {`), or at the file's start.
  if (error.keyword === 'required' && node.parent?.type === 'property') return node.parent.offset;
  return node.offset;
}

/** A sentence for `error`: what is wrong with which token, and what was expected. */
function reasonOf(error: ErrorObject, schema: AnySchemaObject): string {
  const path = pointerPath(error.instancePath);
  const name = tokenName(path);
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const expected = describe(resolve(schema, (error.parentSchema?.properties as Record<string, AnySchemaObject> | undefined)?.[missing]), schema);
      return `Missing token \`${tokenName([...path, missing])}\`${expected ? `: expected ${expected}` : ''}`;
    }
    case 'additionalProperties': {
      const unknown = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {}).filter((key) => key !== '$schema');
      const near = closestMatch(unknown, known);
      return `Unknown token \`${tokenName([...path, unknown])}\`, ${near ? `did you mean \`${near}\`? Expected` : 'expected'} one of ${known.map((key) => `\`${key}\``).join(', ')}`;
    }
    default: {
      const expected = describe(error.parentSchema, schema) ?? error.message ?? 'another value';
      return `\`${name}\` is ${shown(error.data)}, expected ${expected}`;
    }
  }
}

/** What `node` of the schema expects, from its description (through a `$ref`) or its type. */
function describe(node: AnySchemaObject | undefined, schema: AnySchemaObject): string | null {
  if (!node) return null;
  const target = resolve(schema, node);
  const description = (node.description as string | undefined) ?? (target?.description as string | undefined);
  if (description) return description;
  const type = (target?.type ?? node.type) as string | string[] | undefined;
  return type ? (Array.isArray(type) ? type : [type]).map((each) => (each === 'object' ? 'an object' : each === 'array' ? 'a list' : each === 'null' ? 'null' : `a ${each}`)).join(' or ') : null;
}

/** `node` with its `$ref` (to `#/$defs/…`) followed. */
function resolve(schema: AnySchemaObject, node: AnySchemaObject | undefined): AnySchemaObject | undefined {
  const ref = node?.$ref as string | undefined;
  if (!ref?.startsWith('#/')) return node;
  return ref.slice(2).split('/').reduce<AnySchemaObject | undefined>((at, key) => at?.[key] as AnySchemaObject | undefined, schema);
}

/** `["fonts", "fallbacks", 0, "family"]` → `fonts.fallbacks[0].family`. */
function tokenName(path: Array<string | number>): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('') || 'the file';
}

/** A JSON pointer (`/fonts/fallbacks/0`) as a path; array indices as numbers. */
function pointerPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** A value as the message shows it: short JSON. */
function shown(value: unknown): string {
  if (value === null) return '`null`';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
  const json = JSON.stringify(value);
  return `\`${json.length > 40 ? `${json.slice(0, 37)}…` : json}\``;
}

const SYNTAX_REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected characters',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected `:` after the property name',
  CommaExpected: 'expected `,` between items',
  CloseBraceExpected: 'expected `}`',
  CloseBracketExpected: 'expected `]`',
  EndOfFileExpected: 'expected the end of the file after the object',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'an unclosed comment',
  UnexpectedEndOfString: 'an unclosed string',
  UnexpectedEndOfNumber: 'a number cut short',
  InvalidUnicode: 'an invalid `\\u` escape',
  InvalidEscapeCharacter: 'an invalid escape',
  InvalidCharacter: 'a control character in a string',
};

function syntaxReason(error: ParseError, text: string): string {
  const code = printParseErrorCode(error.error);
  const found = text.slice(error.offset, error.offset + Math.min(error.length, 20));
  return `${SYNTAX_REASONS[code] ?? code}${found.trim() ? ` at \`${found}\`` : ''}`;
}

/** Maps an offset of `text` to a 1-based line and column. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1);
  return (offset) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}
