/** Terminal colour for diagnostics: only on a terminal, never with `NO_COLOR` (https://no-color.org). */

/** The colours diagnostics use, as SGR codes. */
const CODES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;

export type Color = keyof typeof CODES;

/** Whether text written to `stream` may carry colour: it is a terminal and `NO_COLOR` is unset or empty. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/** `text` in `color` when `enabled`, else as it is. */
export function paint(color: Color, text: string, enabled: boolean): string {
  return enabled ? `\x1b[${CODES[color]}m${text}\x1b[0m` : text;
}
