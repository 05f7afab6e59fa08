/** Social profiles from URLs: the network named after the host, the username from the path. */
import { hostOf, NETWORKS } from '../../model/social-network.js';

// Path segments that come before the handle: linkedin.com/in/ada, reddit.com/u/ada, npmjs.com/~ada.
const HANDLE_PREFIXES = new Set(['in', 'u', 'user', 'users', 'company', 'c', 'channel']);
const HANDLE = /^[\p{L}\p{N}_.~-]+$/u;

/** A JSON Resume profile. */
export interface Profile {
  network: string;
  username: string | undefined;
  url: string;
}

/** The profile `url` points at, or null when it is not an http(s) URL. */
export function profileOf(url: string): Profile | null {
  const host = hostOf(url);
  if (host === null) return null;
  return { network: NETWORKS[host] ?? host, username: handleOf(pathAfterPrefix(new URL(url))[0]), url };
}

/** Whether `url` is a person's page on a known network (github.com/ada), not a project (github.com/ada/engine). */
export function isProfileUrl(url: string): boolean {
  const host = hostOf(url);
  if (host === null || !Object.hasOwn(NETWORKS, host)) return false;
  const path = pathAfterPrefix(new URL(url));
  return path.length === 1 && handleOf(path[0]) !== undefined;
}

/** Path segments of `url`, after a prefix such as `in/` that comes before the handle. */
function pathAfterPrefix(url: URL): string[] {
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  return segments.length > 1 && HANDLE_PREFIXES.has(segments[0]!.toLowerCase()) ? segments.slice(1) : segments;
}

/** `segment` without `@` or `~` when it looks like a handle. */
function handleOf(segment: string | undefined): string | undefined {
  const handle = segment === undefined ? '' : safeDecode(segment).replace(/^[@~]/, '');
  return handle !== '' && HANDLE.test(handle) ? handle : undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
