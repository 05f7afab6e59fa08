/**
 * The validator of a theme's tokens.json: Ajv's code for styles/tokens.schema.json, written at
 * install (`npm run prepare`), or compiled on first use where the install made none.
 *
 * Why at install: compiling the schema took ~40 ms of every cold build (Ajv generates and
 * compiles the code of the validator); the code Ajv writes for it (its "standalone" output)
 * loads and runs in under 10 ms.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AnySchemaObject, Options, ValidateFunction } from 'ajv';
import { makeDirectory } from '../make-directory.js';
import { packageRoot } from '../package-root.js';
import { writeAtomic } from '../write-atomic.js';

// Why require: Ajv is loaded only when the install made no validator (and by the install itself),
// never by a build that has one; and the validator it wrote is a CommonJS file.
const require = createRequire(import.meta.url);

/** Where the install writes the validator. */
export const VALIDATORS_DIR = join(packageRoot(), 'lib');

// verbose: each error carries the schema it failed, whose `description` says what was expected.
const OPTIONS: Options = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true };

/**
 * The validator's file for `schemaText` in `dir`, named by a hash of the schema, Ajv's version and
 * the options, so that an edited schema or an upgraded Ajv never finds a stale validator.
 */
export function validatorPath(schemaText: string, dir = VALIDATORS_DIR): string {
  const { version } = require('ajv/package.json') as { version: string };
  const hash = createHash('sha256').update(`ajv ${version}\n${JSON.stringify(OPTIONS)}\n${schemaText}`).digest('hex').slice(0, 32);
  return join(dir, `tokens-validator-${hash}.cjs`);
}

/** Write the validator of `schemaText` into `dir`, where `loadValidator` finds it. */
export async function writeTokensValidator(schemaText: string, dir = VALIDATORS_DIR): Promise<void> {
  const { Ajv } = require('ajv') as typeof import('ajv');
  const standaloneCode = (require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js')).default;
  const ajv = new Ajv({ ...OPTIONS, code: { source: true } });
  await makeDirectory(dir);
  await writeAtomic(validatorPath(schemaText, dir), standaloneCode(ajv, ajv.compile(JSON.parse(schemaText) as AnySchemaObject)));
}

/** The validator of `schemaText`: the one the install wrote into `dir`, else one compiled now. */
export function loadValidator(schemaText: string, dir = VALIDATORS_DIR): ValidateFunction {
  const path = validatorPath(schemaText, dir);
  try {
    return require(path) as ValidateFunction;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND' || !(error as Error).message.includes(path)) throw error;
  }
  const { Ajv } = require('ajv') as typeof import('ajv');
  return new Ajv(OPTIONS).compile(JSON.parse(schemaText) as AnySchemaObject);
}
