// The reference page at / in a real browser (Debian's Chromium, headless), offline: a key is
// pasted, the book's trial balance shows, an invoice posted through GraphQL during the test
// moves its rows live (the page's SSE subscription), and a statement is shown. A screenshot
// is kept under test-artifacts/ (not committed).
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../cli/run.ts';
import { graphqlAt, launch, offlinePage, serveDaybook } from './drive.ts';

const KEY = 'dbk_browser_page_admin_key_0123456789';
const artifacts = resolve(root, 'test-artifacts');
// a name that would be markup if the page used innerHTML
const BOOK_NAME = '<b id="injected">Agency</b> & Co';
const today = new Date().toISOString().slice(0, 10);

const INVOICE = `mutation ($input: CreateTransactionInput!) { createTransaction(input: $input) { number } }`;
const invoice = (bookId: string, net: string, key: string) => ({
  input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: today, lines: [{ net, taxCode: 'S' }], idempotencyKey: key },
});

/** The trial balance row of `code` as its cells' text. */
const row = (page: Page, code: string) => page.locator(`#trial-balance tbody tr[data-code="${code}"] td`).allInnerTexts();

describe('the reference page at /', { timeout: 300_000 }, () => {
  let server: ChildProcess;
  let origin: string;
  let browser: Browser;
  let bookId: string;

  beforeAll(async () => {
    ({ server, origin } = await serveDaybook(KEY));
    const made = await graphqlAt(origin, KEY, 'mutation ($name: String!) { createBook(input: { name: $name, baseCurrency: "GBP", template: STANDARD }) { id } }', { name: BOOK_NAME });
    bookId = made.createBook.id;
    await graphqlAt(origin, KEY, 'mutation ($bookId: ID!) { createAccount(input: { bookId: $bookId, ledgerCode: "SL", code: "ACME", name: "Acme Ltd", type: CUSTOMER }) { id } }', { bookId });
    await graphqlAt(origin, KEY, INVOICE, invoice(bookId, '100.00', 'page-invoice-1'));
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('shows the trial balance for a pasted key, moves it live when an invoice is posted, and shows a statement', async () => {
    const { page, blocked, errors } = await offlinePage(browser, origin);
    await page.goto(`${origin}/`, { timeout: 120_000 });
    expect(await page.title()).toBe('Daybook');

    await page.fill('#key', KEY);
    await page.click('#key-form button[type=submit]');
    await page.waitForSelector('#trial-balance tbody tr[data-code="4000"]', { timeout: 60_000 });
    // the book's name is text, not markup
    expect(await page.locator('#book option').first().innerText()).toBe(`${BOOK_NAME} (GBP)`);
    expect(await page.locator('#injected').count()).toBe(0);
    expect(await row(page, '1100')).toEqual(['1100', 'Debtors control', '120.00', '0.00']);
    expect(await row(page, '4000')).toEqual(['4000', 'Sales', '0.00', '100.00']);
    expect(await page.locator('#total-debits').innerText()).toBe('120.00');
    expect(await page.locator('#total-credits').innerText()).toBe('120.00');

    // the subscription is open (its stream has started), then an invoice is posted elsewhere;
    // the stream can open just before the server reads where the book's events stand, and a
    // posting in between is not sent: post until the page hears one (the first, but for a slow start)
    await page.waitForSelector('#live.on', { timeout: 60_000 });
    let posted = 1;
    const salesMoved = () => page.waitForFunction(() => document.querySelector('#trial-balance tr[data-code="4000"] td:nth-child(4)')?.textContent !== '100.00', undefined, { timeout: 3_000 });
    for (;;) {
      posted += 1;
      await graphqlAt(origin, KEY, INVOICE, invoice(bookId, '50.00', `page-invoice-${posted}`));
      try {
        await salesMoved();
        break;
      } catch (error) {
        if (posted >= 10) throw error;
      }
    }
    const last = `SI-${String(posted).padStart(6, '0')}`;
    await page.waitForFunction((text) => document.querySelector('#live')?.textContent === text, `live: last change ${last}`, { timeout: 60_000 });
    const sales = (100 + 50 * (posted - 1)).toFixed(2);
    const debtors = (120 + 60 * (posted - 1)).toFixed(2);
    await page.waitForFunction((text) => document.querySelector('#trial-balance tr[data-code="4000"] td:nth-child(4)')?.textContent === text, sales, { timeout: 60_000 });
    await page.waitForFunction((text) => document.querySelector('#total-debits')?.textContent === text, debtors, { timeout: 60_000 });
    expect(await row(page, '1100')).toEqual(['1100', 'Debtors control', debtors, '0.00']);
    expect(await row(page, '2200')).toEqual(['2200', 'VAT output (sales)', '0.00', (20 + 10 * (posted - 1)).toFixed(2)]);
    expect(await page.locator('#total-debits').innerText()).toBe(debtors);
    expect(await page.locator('#total-credits').innerText()).toBe(debtors);
    // the page's rows are the server's trial balance
    const server = await graphqlAt(origin, KEY, 'query ($bookId: ID!) { book(id: $bookId) { trialBalance { lines { account { code name } debit credit } } } }', { bookId });
    const lines = server.book.trialBalance.lines as { account: { code: string; name: string }; debit: string; credit: string }[];
    expect(await page.locator('#trial-balance tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((td) => td.textContent)))).toEqual(
      lines.map((l) => [l.account.code, l.account.name, l.debit, l.credit]),
    );
    // the rows the invoice moved are marked
    expect(await page.locator('#trial-balance tbody tr.moved').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code))).toEqual(['1100', '2200', '4000']);
    // the customer's own account is no line of the trial balance
    expect(await page.locator('#trial-balance tr[data-code="ACME"]').count()).toBe(0);

    // one account's statement
    await page.fill('#account', '1100');
    await page.click('#statement-form button[type=submit]');
    await page.waitForSelector('#statement:not([hidden]) tbody tr', { timeout: 60_000 });
    expect(await page.locator('#statement-title').innerText()).toBe(`1100 Debtors control (GBP): opening 0.00, closing ${debtors}`);
    const statement = await page.locator('#statement tbody tr').allInnerTexts();
    expect(statement).toHaveLength(posted);
    expect(statement[0]).toContain('SI-000001');
    expect(statement[posted - 1]).toContain(last);
    expect(statement[posted - 1]).toContain(debtors);

    // one more invoice: the open statement is read again, and the trial balance moves with it
    posted += 1;
    await graphqlAt(origin, KEY, INVOICE, invoice(bookId, '10.00', `page-invoice-${posted}`));
    const after = (Number(debtors) + 12).toFixed(2);
    await page.waitForFunction((count) => document.querySelectorAll('#statement tbody tr').length === count, posted, { timeout: 60_000 });
    await page.waitForFunction((text) => document.querySelector('#total-debits')?.textContent === text, after, { timeout: 60_000 });
    expect(await page.locator('#statement-title').innerText()).toBe(`1100 Debtors control (GBP): opening 0.00, closing ${after}`);
    expect(await row(page, '1100')).toEqual(['1100', 'Debtors control', after, '0.00']);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'web-page.png'), fullPage: true });

    // the key stays for the tab: a reload shows the book again without pasting it
    await page.reload();
    await page.waitForSelector('#trial-balance tbody tr[data-code="4000"]', { timeout: 60_000 });
    expect(await row(page, '4000')).toEqual(['4000', 'Sales', '0.00', (Number(sales) + 10).toFixed(2)]);

    expect(blocked).toEqual([]); // nothing was asked of another host: no CDN
    expect(errors).toEqual([]);
  });

  it('answers / and /app.js with the page, its script and a content security policy', async () => {
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<script type="module" src="/app.js">');
    const script = await fetch(`${origin}/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const source = await script.text();
    expect(source).toContain('text/event-stream');
    expect(source).not.toContain('innerHTML');
  });
});
