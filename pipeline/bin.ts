#!/usr/bin/env node
/**
 * The `resume` executable (lib/cli.js): runs the bundled CLI, lib/resume.cjs, with the V8 code
 * cache that `npm install` made for it.
 *
 * Why: a cold build spends ~0.06 s compiling the 3 MB bundle. The cache, written after a warm-up
 * build at install, holds the compiled bytecode of every function that build ran. V8 refuses it
 * for another V8 version or other flags (an updated Node, say) and compiles as usual, but it checks
 * the source only by its length; so the cache is named after the bundle's size and modification
 * time, and a rebuilt or edited bundle finds none and is compiled afresh.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = join(dirname(fileURLToPath(import.meta.url)), 'resume.cjs');
const { size, mtimeMs } = statSync(bundle);
const cacheFile = `${bundle}.${size}-${Math.trunc(mtimeMs)}.cache`;
// `npm install` sets this for the warm-up build whose compiled code becomes the cache.
const writeCache = process.env.RESUME_WRITE_CODE_CACHE === '1';

const source = readFileSync(bundle, 'utf8');
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData: writeCache ? undefined : readCache(),
});
if (writeCache) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));

const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined; // No install step ran: compile as usual.
  }
}
