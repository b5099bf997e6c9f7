// Drives Debian's Chromium (playwright-core, no browser download) against a running Daybook.
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

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
