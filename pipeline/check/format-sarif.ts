/**
 * `resume check --format sarif`: a SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), which
 * GitHub code scanning shows as alerts on the lines.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import { severityOf, type Message, type Severity } from '../format-messages.js';
import { sortedMessages } from './format-json.js';
import { RULES } from './registry.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The tool that made the log. */
export interface SarifTool {
  name: string;
  version: string;
}

/** A SARIF log of `files`' messages: one run, the rules of `resume check` described in its driver. */
export function toSarif(files: readonly VFile[], tool: SarifTool) {
  return {
    $schema: SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              help: { text: rule.fix },
              defaultConfiguration: { level: LEVELS[rule.severity] },
            })),
          },
        },
        // Why: unist columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits' as const,
        results: files.flatMap((file) => sortedMessages(file).map((message) => toResult(message, file.path))),
      },
    ],
  };
}

function toResult(message: Message, path: string) {
  const ruleIndex = RULES.findIndex((rule) => rule.id === message.ruleId);
  const end = message.place && 'end' in message.place ? message.place.end : null;
  const region = message.line
    ? {
        startLine: message.line,
        startColumn: message.column ?? 1,
        ...(end?.line && end.column && (end.line !== message.line || end.column !== message.column) ? { endLine: end.line, endColumn: end.column } : {}),
      }
    : undefined;
  return {
    ruleId: message.ruleId ?? 'resume',
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVELS[severityOf(message)],
    message: { text: message.reason },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(path) }, ...(region ? { region } : {}) } }],
  };
}

/** `path` as a URI: relative paths as a relative reference with `/`, absolute ones as a `file:` URL. */
function artifactUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(sep).map(encodeURIComponent).join('/');
}
