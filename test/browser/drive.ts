// Drives Debian's Chromium (playwright-core, no browser download) against a running Daybook.
import { chromium, type Browser, type Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, root } from '../cli/run.ts';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!path) throw new Error('Chromium is not installed: apt-get install chromium (.ci/run does it)');
  return path;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/**
 * A page that may reach only `origin`: any other request (a CDN, a font host) is aborted and
 * recorded, so a test proves the page works offline.
 */
export async function offlinePage(browser: Browser, origin: string): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const context = await browser.newContext();
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, blocked, errors };
}

/** Replaces the whole text of the Monaco editor inside `container` (GraphiQL's editors). */
export async function setEditor(page: Page, container: string, text: string): Promise<void> {
  const editor = page.locator(`${container} .monaco-editor`).first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** A `daybook serve` process on a fresh SQLite file and a free port, with `key` as the admin's key. */
export async function serveDaybook(key: string): Promise<{ server: ChildProcess; origin: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'daybook-browser-'));
  const server = spawn(process.execPath, [join(root, 'bin/daybook.js'), 'serve'], {
    cwd: root,
    env: cleanEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: `file:${join(dir, 'd.db')}`, DAYBOOK_DATA_DIR: dir, DAYBOOK_ADMIN_TOKEN: key }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no "daybook is serving" line:\n${out}`)), 120_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"url":"([^"]+)"/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    });
  });
  return { server, origin: new URL(url).origin.replace('localhost', '127.0.0.1') };
}

/** A GraphQL request to a running server; throws on any error. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the answers field by field
export async function graphqlAt(origin: string, key: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
