// Tax-inclusive prices: each line's net is given gross, the tax derived per line
// (half-even), so that net + tax = gross exactly. Figures by hand in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inclusiveTax } from '../../src/domain/tax.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { Post, useStandardBook } from '../support/books.ts';

describe('inclusiveTax', () => {
  it('leaves net + tax = gross, the tax within half a minor unit of gross × rate / (100 + rate)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.constantFrom('0', '5', '17.5', '20', '8.875'), (gross, rate) => {
        const tax = inclusiveTax(gross, rate);
        const r = Number(rate);
        // exact in rationals: 2·|tax·(100 + r) − gross·r| ≤ (100 + r), scaled by 1000 for the decimal rates
        const scaledRate = BigInt(Math.round(r * 1000));
        const diff = tax * (100_000n + scaledRate) - gross * scaledRate;
        expect((diff < 0n ? -diff : diff) * 2n <= 100_000n + scaledRate).toBe(true);
        expect(tax >= 0n && tax <= gross).toBe(true);
      }),
    );
  });
});

describe.each(databaseKinds())('tax-inclusive prices on %s', (kind) => {
  const book = useStandardBook(kind, 'Tax inclusive');

  it('derives each line\'s tax from its gross price, half-even, and posts net and tax as usual', async () => {
    const { app, bookId } = book;
    // 120.00 at 20%: 20.00; 10.00 at 20%: 1.666… → 1.67, net 8.33; 10.50 at 5%: 0.50, net 10.00
    const { createTransaction: invoice } = await app.ok(Post, {
      input: {
        bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-05-01', pricesIncludeTax: true,
        lines: [{ net: '120.00', taxCode: 'S' }, { net: '10.00', taxCode: 'S' }, { net: '10.50', taxCode: 'R' }],
      },
    });
    expect(invoice.lines.map((l) => [l.net, l.tax])).toEqual([['100.00', '20.00'], ['8.33', '1.67'], ['10.00', '0.50']]);
    expect(invoice).toMatchObject({ net: '118.33', tax: '22.17', gross: '140.50' });
    expect(invoice.entries.map((e) => [e.account.code, e.side, e.amount])).toEqual([
      ['ACME', 'DEBIT', '140.50'], ['1100', 'DEBIT', '140.50'],
      ['4000', 'CREDIT', '100.00'], ['4000', 'CREDIT', '8.33'], ['4000', 'CREDIT', '10.00'],
      ['2200', 'CREDIT', '21.67'], ['2200', 'CREDIT', '0.50'],
    ]);
  });

  it('refuses pricesIncludeTax on a type that is not taxable, and a price too small to hold its tax', async () => {
    const { app, bookId } = book;
    const stock = await app.request(Post, {
      input: { bookId, typeCode: 'NJ', date: '2026-05-01', pricesIncludeTax: true, lines: [{ accountCode: '7100', side: 'DEBIT', net: '1.00' }, { accountCode: '3000', side: 'CREDIT', net: '1.00' }] },
    });
    expect(errorCode(stock)).toBe('BAD_USER_INPUT');
    expect(stock.errors![0]!.extensions!.field).toBe('pricesIncludeTax');
    // 0.01 at 20% holds 0.00 tax: net 0.01
    const tiny = await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-05-01', pricesIncludeTax: true, lines: [{ net: '0.01', taxCode: 'S' }] } });
    expect(tiny.createTransaction).toMatchObject({ net: '0.01', tax: '0.00', gross: '0.01' });
  });
});
