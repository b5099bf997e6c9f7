// GraphiQL in a real browser (Debian's Chromium, headless), offline: every request that
// leaves the server is blocked, and the page still loads, shows Daybook's example tabs, and
// runs a query with the key typed into its headers editor. A screenshot is kept under
// test-artifacts/ (not committed).
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../cli/run.ts';
import { launch, offlinePage, serveDaybook } from './drive.ts';

const KEY = 'dbk_browser_test_admin_key_0123456789';
const artifacts = resolve(root, 'test-artifacts');

describe('GraphiQL at /graphql', { timeout: 300_000 }, () => {
  let server: ChildProcess;
  let origin: string;
  let browser: Browser;
  let bookId: string;

  beforeAll(async () => {
    ({ server, origin } = await serveDaybook(KEY));
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query: 'mutation { createBook(input: { name: "Browser book", baseCurrency: "GBP", template: STANDARD }) { id } }' }),
    });
    bookId = ((await response.json()) as { data: { createBook: { id: string } } }).data.createBook.id;
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('loads offline with the example tabs, and runs a query with the key from the headers editor', async () => {
    const { page, blocked, errors } = await offlinePage(browser, origin);
    await page.goto(`${origin}/graphql`, { timeout: 120_000 });
    await page.waitForSelector('.graphiql-container', { timeout: 120_000 });
    expect(await page.title()).toBe('Daybook GraphiQL');
    expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual(['MyBooks', 'TrialBalance', 'Statement', 'AgedReceivables', 'PostInvoice', 'Balances']);

    // the headers editor shows the placeholder; replace it with the key (the editor closes the brace)
    await page.getByText('<your API key>').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(`{ "Authorization": "Bearer ${KEY}" `);
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction((id) => document.body.innerText.includes(id), bookId, { timeout: 120_000 });
    // Monaco renders spaces as no-break spaces
    expect((await page.locator('body').innerText()).replace(/\u00a0/g, ' ')).toContain('"name": "Browser book"');

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'graphiql.png') });
    expect(blocked).toEqual([]); // nothing was asked of another host: no CDN
    expect(errors).toEqual([]);
  });

  it('is off with DAYBOOK_GRAPHIQL=off', async () => {
    const { loadConfig } = await import('../../src/config.ts');
    expect(loadConfig({ DAYBOOK_GRAPHIQL: 'off' }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DAYBOOK_GRAPHIQL: 'on' }).graphiql).toBe(true);
    expect(loadConfig({}).graphiql).toBe(true);
  });
});
