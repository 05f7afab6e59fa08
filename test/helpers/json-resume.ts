/** Validates JSON Resume documents with @jsonresume/schema's own validator. */
import { createRequire } from 'node:module';

interface SchemaError {
  property: string;
  message: string;
}

/** @jsonresume/schema's own validator (jsonschema against its schema.json); it ships no types. */
const schemaPackage = createRequire(import.meta.url)('@jsonresume/schema') as {
  validate(json: unknown, callback: (errors: SchemaError[] | null, valid: boolean) => void): void;
};

/** The schema's complaints about `json` as `property: message` lines; empty when it is valid. */
export function schemaErrors(json: unknown): string[] {
  let found: string[] = [];
  schemaPackage.validate(json, (errors) => {
    found = (errors ?? []).map((error) => `${error.property}: ${error.message}`);
  });
  return found;
}
