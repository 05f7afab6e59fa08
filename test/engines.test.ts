// What `npm ci` installs must run on the Node versions package.json promises, with no EBADENGINE warning.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

interface LockEntry {
  version?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };

/** Production packages of the lock file whose `engines.node` the oldest Node we promise does not satisfy. */
function excluding(oldest: string, packages: Record<string, LockEntry>): string[] {
  return Object.entries(packages).flatMap(([path, entry]) => {
    const range = !entry.dev && entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    return path && range && !semver.satisfies(oldest, range) ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${range}`] : [];
  });
}

const test = suite('engines');
const oldest = semver.minVersion(pkg.engines.node)!.version;

test('package.json promises Node 20', () => {
  assert.is(semver.major(oldest), 20);
});

test('every production dependency runs on the oldest Node package.json promises', () => {
  assert.equal(excluding(oldest, lock.packages), []);
});

test('a dependency that wants a newer Node is reported (so the check above can fail)', () => {
  const packages = { 'node_modules/nanoid': { version: '6.0.2', engines: { node: '^22 || ^24 || >=26' } } };
  assert.equal(excluding(oldest, packages), ['nanoid@6.0.2 wants node ^22 || ^24 || >=26']);
});

test.run();
