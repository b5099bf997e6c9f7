// The events a change announces, webhook URL and address rules, retry spacing and balance
// alert zones: pure functions, no database.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alertFires, alertZone, allocationEvents, transactionEvents, wants } from '../../src/domain/events.ts';
import { addressRefusal, parseWebhookEvents, parseWebhookUrl, retryDelayMs } from '../../src/domain/webhooks.ts';
import { DomainError } from '../../src/domain/errors.ts';

const transaction = {
  id: 't1', bookId: 'b1', number: 'SI-000001', status: 'POSTED', typeId: 'ty', date: '2026-06-01', currency: 'GBP',
  net: 1000n, tax: 200n, gross: 1200n, accountId: 'a1', reversalOfId: null,
};
const account = (id: string, code: string) => ({ id, code, currency: 'GBP', digits: 2, normalSide: 'DEBIT' as const });

describe('transactionEvents', () => {
  it('announces the transaction first, then each moved account in id order, amounts as decimal strings', () => {
    const sums = { postedDebits: 123456789012345678901234567890n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 50n };
    const events = transactionEvents('created', transaction, 2, [
      { account: account('z', '4000'), sums },
      { account: account('a', '1100'), sums },
    ]);
    expect(events.map((e) => [e.type, e.subjectId])).toEqual([['transaction.created', 't1'], ['balance.changed', 'a'], ['balance.changed', 'z']]);
    expect(events[0]!.payload).toMatchObject({ gross: '12.00', net: '10.00', tax: '2.00', number: 'SI-000001' });
    // a bigint beyond any float survives JSON exactly
    const json = JSON.parse(JSON.stringify(events[1]!.payload)) as { balance: Record<string, string> };
    expect(json.balance.postedDebits).toBe('1234567890123456789012345678.90');
    expect(json.balance.available).toBe('1234567890123456789012345678.40');
  });

  it('allocationEvents: one per allocation', () => {
    const events = allocationEvents([{ id: 'al', bookId: 'b1', fromId: 'r', toId: 'i', amount: 2000n, date: '2026-06-02' }], 'GBP', 2);
    expect(events).toEqual([
      { bookId: 'b1', type: 'allocation.created', subjectId: 'al', payload: { allocationId: 'al', fromId: 'r', toId: 'i', amount: '20.00', currency: 'GBP', date: '2026-06-02' } },
    ]);
  });

  it('wants: a named type or "*"', () => {
    expect(wants(['transaction.created'], 'transaction.created')).toBe(true);
    expect(wants(['transaction.created'], 'balance.changed')).toBe(false);
    expect(wants(['*'], 'balance.changed')).toBe(true);
  });
});

describe('balance alert zones', () => {
  it('fires exactly when the zone changes: one event per crossing and one per return', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -1000n, max: 1000n }), { maxLength: 40 }), fc.bigInt({ min: -500n, max: 0n }), fc.bigInt({ min: 0n, max: 500n }), (path, below, above) => {
        let zone = alertZone(0n, below, above);
        let fired = 0;
        let changes = 0;
        for (const available of path) {
          const next = alertZone(available, below, above);
          if (alertFires(zone, next)) fired++;
          if (next !== zone) changes++;
          zone = next;
        }
        return fired === changes;
      }),
    );
    expect(alertZone(-1n, 0n, null)).toBe('BELOW');
    expect(alertZone(0n, 0n, null)).toBe('WITHIN');
    expect(alertZone(101n, null, 100n)).toBe('ABOVE');
  });
});

describe('webhook URLs and addresses', () => {
  const refused = (url: string, policy: 'none' | 'loopback' | 'all' = 'none') => {
    try {
      parseWebhookUrl(url, policy);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      return (error as DomainError).message;
    }
  };

  it('takes https, and http only to loopback when development allows it', () => {
    expect(refused('https://hooks.example.com/daybook')).toBeNull();
    expect(refused('http://hooks.example.com/daybook')).toMatch(/must be https/);
    expect(refused('http://127.0.0.1:8080/hooks')).toMatch(/DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES=loopback/);
    expect(refused('http://127.0.0.1:8080/hooks', 'loopback')).toBeNull();
    expect(refused('http://10.0.0.1/hooks', 'loopback')).toMatch(/must be https/);
    expect(refused('not a url')).toMatch(/not an absolute URL/);
    expect(refused(`https://example.com/${'x'.repeat(3000)}`)).toMatch(/longer than 2048/);
  });

  it('refuses private, link-local, shared and reserved addresses, v4 and v6, unless configured', () => {
    for (const address of ['10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', 'fc00::1', 'fe80::1', '::ffff:10.0.0.1', '::']) {
      expect(addressRefusal(address, 'none'), address).toMatch(/private, link-local or reserved/);
      expect(addressRefusal(address, 'loopback'), address).toMatch(/private, link-local or reserved/);
      expect(addressRefusal(address, 'all'), address).toBeNull();
    }
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
      expect(addressRefusal(address, 'none'), address).toMatch(/loopback/);
      expect(addressRefusal(address, 'loopback'), address).toBeNull();
    }
    for (const address of ['93.184.216.34', '2606:2800:220:1::1', '8.8.8.8']) expect(addressRefusal(address, 'none'), address).toBeNull();
  });

  it('takes known event types or "*", each once', () => {
    expect(parseWebhookEvents(['transaction.created', 'transaction.created', '*'])).toEqual(['transaction.created', '*']);
    expect(() => parseWebhookEvents([])).toThrow(/at least one/);
    expect(() => parseWebhookEvents(['transaction.deleted'])).toThrow(/"transaction.deleted"/);
  });

  it('spaces retries exponentially, at most six hours apart', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 5000))).toEqual([5000, 20_000, 80_000, 320_000]);
    expect(retryDelayMs(30, 5000)).toBe(6 * 3600_000);
  });
});
