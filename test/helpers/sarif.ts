/** Validates a log against the SARIF 2.1.0 JSON schema that Microsoft's SARIF SDK ships. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Why require: both packages are CommonJS whose default export is `module.exports`.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

/** The SARIF 2.1.0 schema (2.1.0-rtm.5, a draft-04 JSON Schema). */
const SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// Why unicodeRegExp off: one of the schema's patterns (`language`) is valid only as a non-Unicode regular expression.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

/** The schema's complaints about `log`, one a line; '' when it is valid. */
export function sarifErrors(log: unknown): string {
  return validate(log) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}
