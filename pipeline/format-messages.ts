/** Formats vfile messages as `FILE:LINE:COL: error|warning: message`, one a line. */
import type { VFile } from 'vfile';

/** All messages of `files`, sorted by position, one a line; '' when there are none. */
export function formatMessages(files: VFile[]): string {
  return files
    .flatMap((file) =>
      [...file.messages]
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
        .map((message) => {
          const place = message.line ? `:${message.line}:${message.column ?? 1}` : '';
          return `${file.path}${place}: ${message.fatal ? 'error' : 'warning'}: ${message.reason}`;
        }),
    )
    .join('\n');
}
