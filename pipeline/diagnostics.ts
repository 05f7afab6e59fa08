/** Helpers to record positioned user errors and warnings on a vfile. */
import type { Node, Position, Point } from 'unist';
import type { VFile } from 'vfile';

type Place = Node | Position | Point | undefined;

const SOURCE = 'resume';

/** Record a user error; the build goes on so that every problem is reported at once. */
export function fail(file: VFile, reason: string, place: Place, ruleId: string): void {
  const message = file.message(reason, { place: toPlace(place), ruleId, source: SOURCE });
  message.fatal = true;
}

/** Record a warning: the output is still written. */
export function warn(file: VFile, reason: string, place: Place, ruleId: string): void {
  file.message(reason, { place: toPlace(place), ruleId, source: SOURCE });
}

/** True when any recorded message is an error. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}

/** A problem the user can fix that is not tied to a place in the input (no browser, say). */
export class UserError extends Error {
  override name = 'UserError';
}

/** A command line the CLI cannot run (an unknown option or value); exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * An internal bug, not a problem with the user's input.
 * Why: the CLI prints user errors as positioned one-liners but bugs with a stack trace.
 */
export class InternalError extends Error {
  override name = 'InternalError';
}

function toPlace(place: Place): Position | Point | undefined {
  if (!place) return undefined;
  if ('position' in place) return (place as Node).position;
  return place as Position | Point;
}
