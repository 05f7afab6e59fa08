import { chmodSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { UserError } from '../../pipeline/diagnostics.js';
import { BrowserManager } from '../../pipeline/render/pdf/browser-manager.js';
import { findBrowser } from '../../pipeline/render/pdf/find-browser.js';
import { tempDir } from '../helpers/cli.js';
import { eventually, processesInGroup } from '../helpers/processes.js';

/** An executable that stands in for a browser that crashes or hangs at start. */
function fakeBrowser(script: string): string {
  const path = join(tempDir('fake-browser-'), 'chrome');
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

async function launchError(manager: BrowserManager): Promise<unknown> {
  try {
    await manager.withPage(async () => undefined);
    return null;
  } catch (error) {
    return error;
  } finally {
    await manager.close();
  }
}

const test = suite('BrowserManager');

test('a browser that crashes at start gives a clear error at once', async () => {
  const started = performance.now();
  const error = await launchError(new BrowserManager({ flag: fakeBrowser('echo "segfault" >&2; exit 139'), env: {} }));
  assert.instance(error, UserError);
  assert.match((error as Error).message, /^Could not start the browser at `.*chrome`: /);
  assert.ok(performance.now() - started < 10_000);
});

test('a browser that hangs at start gives a clear error after the launch timeout, not a hang', async () => {
  const started = performance.now();
  const error = await launchError(new BrowserManager({ flag: fakeBrowser('exec sleep 600'), env: {}, launchTimeoutMs: 1500 }));
  assert.instance(error, UserError);
  assert.match((error as Error).message, /Could not start the browser .*[Tt]imed out/);
  assert.ok(performance.now() - started < 10_000);
});

test('a browser killed while in use makes the job fail instead of hanging', async () => {
  const manager = new BrowserManager({ flag: null, env: process.env });
  try {
    const started = performance.now();
    const error = await manager
      .withPage(async (page) => {
        const { browser, pid } = await manager.launch();
        const gone = new Promise((resolve) => browser.once('disconnected', resolve));
        process.kill(-pid, 'SIGKILL');
        await gone;
        await page.setContent('<p>never printed</p>');
        return page.pdf();
      })
      .catch((caught: unknown) => caught);
    assert.instance(error, Error);
    assert.ok(performance.now() - started < 10_000);
  } finally {
    await manager.close();
  }
});

test('every page it hands out (the tab opened at start, new ones, reused ones) runs no script and loads nothing', async () => {
  let hits = 0;
  const server = createServer((_, response) => {
    hits++;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const html = `<title>quiet</title><script>document.title = 'script ran'</script><img src="${url}/image"><link rel="stylesheet" href="${url}/style.css">`;
  const manager = new BrowserManager({ flag: null, env: process.env });
  try {
    const titleOf = () =>
      manager.withPage(async (page) => {
        await page.setContent(html, { waitUntil: 'load' });
        return { page, title: await page.title() };
      });
    // Two at once: one gets the tab opened at start, the other a new page; then one reused.
    const [first, second] = await Promise.all([titleOf(), titleOf()]);
    const third = await titleOf();
    assert.is.not(first.page, second.page);
    assert.ok(third.page === first.page || third.page === second.page, 'an idle page is reused');
    assert.equal([first.title, second.title, third.title], ['quiet', 'quiet', 'quiet']);
    // A job that turns script on does not hand a page that runs script to the next job.
    await manager.withPage((page) => page.setJavaScriptEnabled(true));
    await manager.withPage((page) => page.setJavaScriptEnabled(true));
    assert.is((await titleOf()).title, 'quiet', 'a reused page after a job that turned script on');
    assert.is(hits, 0, 'a page contacted the loopback server');
  } finally {
    await manager.close();
    server.close();
  }
});

/**
 * A shell script that runs the browser the resolver finds as its child, not by `exec`, as Debian's
 * /usr/bin/chromium-headless-shell does: a signal to the script alone would not reach the browser.
 */
async function wrapperScript(): Promise<string> {
  const { path } = await findBrowser(null, process.env);
  // Same base name: the manager tells a headless shell from a full browser by it.
  const wrapper = join(tempDir('browser-wrapper-'), basename(path));
  writeFileSync(wrapper, `#!/bin/sh\n${JSON.stringify(path)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

test('close() leaves no browser process behind, even behind a wrapper script', async () => {
  const manager = new BrowserManager({ flag: await wrapperScript(), env: {} });
  const { pid: group } = await manager.launch();
  assert.ok(processesInGroup(group).length >= 2, 'the script and the browser it runs');
  await manager.close();
  assert.ok(await eventually(() => processesInGroup(group).length === 0), 'a process of the browser is still running');
});

test('aborting (Ctrl-C) kills the browser and all its processes at once, even behind a wrapper script', async () => {
  const controller = new AbortController();
  const manager = new BrowserManager({ flag: await wrapperScript(), env: {}, signal: controller.signal });
  const { pid: group } = await manager.launch();
  assert.ok(processesInGroup(group).length >= 2, 'the script and the browser it runs');
  controller.abort();
  assert.ok(await eventually(() => processesInGroup(group).length === 0), 'a process of the browser is still running');
  await manager.close();
});

test.run();
