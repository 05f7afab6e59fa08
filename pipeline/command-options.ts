/** Which options each `resume` command takes; any other is a usage error naming the command it belongs to. */
import { UsageError } from './diagnostics.js';

/** The commands and their options (long names), as the help and DESIGN.md's CLI contract list them. */
export const COMMAND_OPTIONS = {
  build: ['out', 'format', 'theme', 'paper', 'pages', 'variant', 'public', 'browser'],
  inspect: ['format', 'variant', 'public'],
  check: ['format', 'strict', 'ignore', 'ats', 'variant', 'public', 'browser'],
  dev: ['port', 'out', 'theme', 'paper', 'browser'],
  doctor: ['browser'],
} as const satisfies Record<string, readonly string[]>;

export type Command = keyof typeof COMMAND_OPTIONS;

/** Throw a usage error for the first of `given` (long option names) that `command` does not take. */
export function checkCommandOptions(command: Command, given: readonly string[]): void {
  const taken: readonly string[] = COMMAND_OPTIONS[command];
  const stray = given.find((option) => !taken.includes(option));
  if (stray === undefined) return;
  const owners = Object.entries(COMMAND_OPTIONS)
    .filter(([, options]) => (options as readonly string[]).includes(stray))
    .map(([name]) => `\`resume ${name}\``);
  throw new UsageError(`\`--${stray}\` is an option of ${listed(owners)}, not of \`resume ${command}\``);
}

function listed(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0]!;
}
