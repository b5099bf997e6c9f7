// Bad values reach the caller as BAD_USER_INPUT naming the variable and field, whether
// they come as variables or literals; nothing is written.
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app.ts';

const untyped = (source: string) => parse(source) as unknown as TypedDocumentNode<unknown, Record<string, unknown>>;

describe('request errors', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp('sqlite');
  });
  afterAll(() => app?.close());

  it('refuses a date that is not on the calendar, naming the field', async () => {
    const result = await app.request(untyped('mutation($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }'), {
      input: { bookId: 'x', name: 'Feb', start: '2026-02-30', end: '2026-03-01' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/input\.start.*calendar date/);
  });

  it('refuses money sent as a JSON number, as a variable and as a literal', async () => {
    const asVariable = await app.request(untyped('mutation($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { id } }'), {
      input: { bookId: 'x', code: 'S', name: 'Standard', rate: 20, area: 'SALES', accountCode: '2200' },
    });
    expect(errorCode(asVariable)).toBe('BAD_USER_INPUT');
    expect(asVariable.errors?.[0]?.message).toMatch(/input\.rate.*string/);
    const asLiteral = await app.request(
      untyped('mutation { createTaxCode(input: { bookId: "x", code: "S", name: "s", rate: 20, area: SALES, accountCode: "1" }) { id } }'),
      {},
    );
    expect(errorCode(asLiteral)).toBe('BAD_USER_INPUT');
    expect(await app.db.prisma.taxCode.count()).toBe(0);
  });

  it('answers an unknown field with BAD_USER_INPUT', async () => {
    expect(errorCode(await app.request(untyped('{ me { shoeSize } }'), {}))).toBe('BAD_USER_INPUT');
  });
});
