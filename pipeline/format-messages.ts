/** Formats vfile messages as `FILE:LINE:COL: error|warning|info: message`, one a line. */
import type { VFile } from 'vfile';
import { paint, type Color } from './color.js';

/** How messages are printed; every option defaults to off, as the build prints them. */
export interface FormatOptions {
  /** Append each message's rule id (`[ats-section-title]`), as `resume check` does. */
  ruleIds?: boolean;
  /** Colour the severity (for a terminal that takes it, see `useColor`). */
  color?: boolean;
}

/** One message of a vfile. */
export type Message = VFile['messages'][number];

/** A message's severity: vfile's `fatal` is true for an error, false for a warning, unset for information. */
export type Severity = 'error' | 'warning' | 'info';

const SEVERITY_COLOR: Record<Severity, Color> = { error: 'red', warning: 'yellow', info: 'blue' };

/** The severity of `message`. */
export function severityOf(message: Message): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/**
 * All messages of `files`, sorted by position, one a line; '' when there are none. A message
 * placed in another file than its document (a theme's tokens.json) names that file, and comes first.
 */
export function formatMessages(files: VFile[], options: FormatOptions = {}): string {
  const color = options.color ?? false;
  return files
    .flatMap((file) => {
      const pathOf = (message: Message) => message.file || file.path;
      const elsewhere = (message: Message) => (pathOf(message) === file.path ? 1 : 0);
      return [...file.messages]
        .sort((a, b) => elsewhere(a) - elsewhere(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
        .map((message) => {
          const place = message.line ? `:${message.line}:${message.column ?? 1}` : '';
          const severity = severityOf(message);
          const rule = options.ruleIds && message.ruleId ? ` ${paint('dim', `[${message.ruleId}]`, color)}` : '';
          return `${pathOf(message)}${place}: ${paint(SEVERITY_COLOR[severity], severity, color)}: ${message.reason}${rule}`;
        });
    })
    .join('\n');
}
