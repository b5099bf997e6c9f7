// The reference page (src/web/) as served by yoga.fetch: GET / and /app.js answer the page
// and its script under GraphiQL's switch, and the operations the script sends (read out of
// app.js itself) answer what it reads, on SQLite and PostgreSQL: the books, the trial
// balance, a statement, and the balanceChanged subscription over SSE.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, databaseKinds } from '../support/app.ts';
import { Post, useStandardBook } from '../support/books.ts';
import { sse } from '../support/sse.ts';
import { createDaybook } from '../../src/yoga.ts';
import { createLogger } from '../../src/logger.ts';

const script = readFileSync(new URL('../../src/web/app.js', import.meta.url), 'utf8');
/** The GraphQL document of `const NAME = `…`;` in app.js. */
const operation = (name: string) => new RegExp(`const ${name} = \`([\\s\\S]*?)\`;`).exec(script)![1]!;
const MY_BOOKS = /graphql\('(query MyBooks[^']*)'\)/.exec(script)![1]!;
const today = new Date().toISOString().slice(0, 10);

describe.each(databaseKinds())('the reference page on %s', (kind) => {
  const book = useStandardBook(kind, 'Page book');

  const send = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await book.app.yoga.fetch('http://daybook.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };

  it('serves the page at / and its script at /app.js, with a content security policy', async () => {
    const page = await book.app.yoga.fetch('http://daybook.test/', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<script type="module" src="/app.js"></script>');
    const js = await book.app.yoga.fetch('http://daybook.test/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe(script);
    // data goes into the page as text only
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('is off where GraphiQL is (DAYBOOK_GRAPHIQL=off, NODE_ENV=production)', async () => {
    const off = createDaybook(book.app.db, createLogger('silent'), { graphiql: false });
    try {
      expect((await off.fetch('http://daybook.test/')).status).toBe(404);
      expect((await off.fetch('http://daybook.test/app.js')).status).toBe(404);
    } finally {
      await off.dispose();
    }
  });

  it('answers the operations the page sends: books, trial balance, statement, live balances', async () => {
    const { bookId } = book;
    const books = await send(MY_BOOKS);
    expect(books.errors).toBeUndefined();
    expect(books.data.books).toContainEqual({ id: bookId, name: 'Page book', baseCurrency: 'GBP' });

    const live = await sse(book.app, operation('BALANCES'), { bookId });
    let posted = 0;
    try {
      // the stream may open before the subscription reads where the book's events stand, and a
      // posting in between is not sent: post until one is heard (the first, but for a slow start)
      while (live.events.length === 0 && posted < 10) {
        await book.app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: today, lines: [{ net: '100.00', taxCode: 'S' }] } });
        posted += 1;
        await live.waitFor(1, 2000);
      }
      const number = live.events[0]!.data!.balanceChanged.transaction.number as string;
      const n = Number(number.slice(3));
      const heard = (await live.waitFor(4 * (posted - n + 1))).map((e) => e.data!.balanceChanged).filter((m) => m.transaction.number === number);
      const money = (units: number) => (units * n).toFixed(2);
      expect(heard.map((m) => [m.account.code, m.account.ledger.kind, m.balance.postedDebits, m.balance.postedCredits, m.balance.currency]).sort()).toEqual([
        ['1100', 'NOMINAL', money(120), '0.00', 'GBP'],
        ['2200', 'NOMINAL', '0.00', money(20), 'GBP'],
        ['4000', 'NOMINAL', '0.00', money(100), 'GBP'],
        ['ACME', 'SALES', money(120), '0.00', 'GBP'],
      ]);
    } finally {
      await live.close();
    }

    const trial = await send(operation('TRIAL_BALANCE'), { bookId });
    expect(trial.errors).toBeUndefined();
    const total = (120 * posted).toFixed(2);
    expect(trial.data.book.trialBalance).toMatchObject({ currency: 'GBP', totalDebits: total, totalCredits: total });
    expect(trial.data.book.trialBalance.lines).toContainEqual({ account: { code: '4000', name: 'Sales' }, debit: '0.00', credit: (100 * posted).toFixed(2) });

    const statement = await send(operation('STATEMENT'), { bookId, code: '1100', from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` });
    expect(statement.errors).toBeUndefined();
    expect(statement.data.book.account.statement).toMatchObject({ opening: '0.00', closing: total });
    expect(statement.data.book.account.statement.lines).toHaveLength(posted);
    expect(statement.data.book.account.statement.lines[0]).toMatchObject({ date: today, debit: '120.00', credit: null, runningBalance: '120.00', transaction: { number: 'SI-000001' } });
  });
});
