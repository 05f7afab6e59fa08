/** Matches a command-line option's value to the values the option takes, the same way for every option. */
import { UsageError } from './diagnostics.js';
import { closestMatch } from './model/closest-match.js';

/**
 * The value of `known` that `value` names, ignoring case (`--theme Modern` is `modern`). A usage
 * error otherwise, with the closest known value when `value` looks like a typo of one.
 * `expected` says what the option takes, for the message; default: one of `known`.
 */
export function optionValue<T extends string>(option: string, value: string, known: readonly T[], expected = `one of ${known.join(', ')}`): T {
  const lower = value.trim().toLowerCase();
  const found = known.find((candidate) => candidate.toLowerCase() === lower);
  if (found !== undefined) return found;
  const near = closestMatch(lower, known);
  throw new UsageError(`Unknown ${option} \`${value}\`: ${near ? `did you mean \`${near}\`? Expected ${expected}` : `expected ${expected}`}`);
}
