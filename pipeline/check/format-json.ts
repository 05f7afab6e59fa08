/** `resume check --format json`: every message with its rule, severity and place, per file, and the counts. */
import type { VFile } from 'vfile';
import { severityOf, type Message, type Severity } from '../format-messages.js';
import type { AtsReport } from './ats-report.js';
import { countSeverities } from './check-result.js';

/** One message as JSON; absent places are null. */
export interface JsonMessage {
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
}

/** One file's part of the JSON. */
export interface JsonFile {
  path: string;
  messages: JsonMessage[];
  /** With `--ats`, what a parser reads in the built PDF and DOCX. */
  ats?: AtsReport;
}

/** The JSON `resume check --format json` prints. */
export interface JsonReport {
  files: JsonFile[];
  errors: number;
  warnings: number;
  infos: number;
}

/** The report of `files`, messages in source order. */
export function toJsonReport(files: readonly VFile[]): JsonReport {
  const counts = countSeverities(files);
  return {
    files: files.map((file) => ({ path: file.path, messages: sortedMessages(file).map(toJsonMessage), ...(file.data.ats ? { ats: file.data.ats } : {}) })),
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
  };
}

/** `file`'s messages by line and column. */
export function sortedMessages(file: VFile): Message[] {
  return [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function toJsonMessage(message: Message): JsonMessage {
  const end = message.place && 'end' in message.place ? message.place.end : null;
  return {
    ruleId: message.ruleId ?? null,
    severity: severityOf(message),
    message: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
  };
}
