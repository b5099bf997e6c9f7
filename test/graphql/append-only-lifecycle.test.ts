// Transactions, allocations and reversal requests are append-only beyond their lifecycle: the
// database refuses, by raw SQL, any change of what they say and any DELETE, while the lifecycle
// (post, void, allocate, release by a reversal, decide a reversal) still goes through.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { member, standardBook } from '../support/books.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc = (source: string) => parse(source) as TypedDocumentNode<any, Record<string, unknown>>;
const CreateTransaction = doc('mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }');
const Allocate = doc('mutation($input: AllocateInput!) { allocate(input: $input) { id } }');
const RequestReversal = doc('mutation($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }');
const ApproveReversal = doc('mutation($id: ID!) { approveReversal(id: $id) { id status } }');
const UpdateSettings = doc('mutation($input: UpdateBookSettingsInput!) { updateBookSettings(input: $input) { id } }');
const PostTransaction = doc('mutation($id: ID!) { postTransaction(id: $id) { id status } }');

describe.each(databaseKinds())('append-only transactions, allocations and reversal requests on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Append only');
    const create = async (input: Record<string, unknown>) => (await app.ok(CreateTransaction, { input: { bookId, ...input } })).createTransaction.id as string;
    const invoice = { typeCode: 'SI', accountCode: 'ACME', lines: [{ net: '100.00', taxCode: 'Z' }] };
    ids.invoice = await create({ ...invoice, date: '2026-04-01' });
    ids.receipt = await create({ typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-04-02', amount: '40.00' });
    ids.allocation = (await app.ok(Allocate, { input: { bookId, fromId: ids.receipt, allocations: [{ transactionId: ids.invoice, amount: '40.00' }] } })).allocate[0].id;
    // the lifecycle's own updates go through: post a pending one, release the allocation by a reversal
    ids.pending = await create({ ...invoice, date: '2026-04-03', pending: true });
    expect((await app.ok(PostTransaction, { id: ids.pending })).postTransaction.status).toBe('POSTED');
    await app.ok(UpdateSettings, { input: { id: bookId, reversalsRequireApproval: true } });
    const editor = await member(app, bookId, 'Eddie Editor', 'EDITOR');
    ids.decided = (await app.ok(RequestReversal, { input: { transactionId: ids.invoice, reason: 'wrong customer' } }, editor)).requestReversal.id;
    expect((await app.ok(ApproveReversal, { id: ids.decided })).approveReversal.status).toBe('APPROVED');
    ids.waiting = (await app.ok(RequestReversal, { input: { transactionId: ids.pending, reason: 'duplicate' } }, editor)).requestReversal.id;
  });
  afterAll(() => app?.close());

  const refused = async (sql: string) => {
    await expect(app.db.prisma.$executeRawUnsafe(sql), sql).rejects.toThrow(/append-only/);
  };

  it('released the allocation on the reversal, and keeps it so', async () => {
    const allocation = await app.db.prisma.allocation.findUniqueOrThrow({ where: { id: ids.allocation } });
    expect(allocation.released).toBe(true);
    await refused(`UPDATE "Allocation" SET "released" = false WHERE "id" = '${ids.allocation}'`);
    await refused(`UPDATE "Allocation" SET "releasedAt" = NULL WHERE "id" = '${ids.allocation}'`);
  });

  it('refuses a change of what a transaction says, and its DELETE', async () => {
    const id = ids.receipt!;
    const before = await app.db.prisma.transaction.findUniqueOrThrow({ where: { id } });
    for (const set of [
      `"gross" = "gross" + 1`,
      `"net" = "net" + 1`,
      `"tax" = "tax" + 1`,
      `"date" = '1999-01-01'`,
      `"accountId" = "counterAccountId"`,
      `"number" = 'X1'`,
      `"currency" = 'EUR'`,
      `"description" = 'rewritten'`,
      `"reference" = 'rewritten'`,
      `"metadata" = '{"x": 1}'`,
      `"createdById" = '01a00000-0000-7000-8000-000000000000'`,
    ]) {
      await refused(`UPDATE "Transaction" SET ${set} WHERE "id" = '${id}'`);
    }
    await refused(`DELETE FROM "Transaction" WHERE "id" = '${id}'`);
    expect(await app.db.prisma.transaction.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it('lets the lifecycle columns move (status, outstanding, fulfilledById, postedAt, voidedAt)', async () => {
    // inside a transaction rolled back: the point is that the trigger lets these through
    const id = ids.pending!;
    await app.db.prisma
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE "Transaction" SET "outstanding" = "outstanding", "postedAt" = "postedAt", "voidedAt" = "voidedAt", "fulfilledById" = "fulfilledById", "status" = "status" WHERE "id" = '${id}'`);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
  });

  it('refuses any other change of an allocation, and its DELETE', async () => {
    const before = await app.db.prisma.allocation.findUniqueOrThrow({ where: { id: ids.allocation! } });
    for (const set of [`"amount" = "amount" + 1`, `"toId" = "fromId"`, `"date" = '1999-01-01'`, `"releasedByReversalId" = NULL`]) {
      await refused(`UPDATE "Allocation" SET ${set} WHERE "id" = '${ids.allocation}'`);
    }
    await refused(`DELETE FROM "Allocation" WHERE "id" = '${ids.allocation}'`);
    expect(await app.db.prisma.allocation.findUniqueOrThrow({ where: { id: ids.allocation! } })).toEqual(before);
  });

  it('refuses a change of what a reversal request asked, a second decision, and its DELETE', async () => {
    const decided = await app.db.prisma.reversalRequest.findUniqueOrThrow({ where: { id: ids.decided! } });
    const waiting = await app.db.prisma.reversalRequest.findUniqueOrThrow({ where: { id: ids.waiting! } });
    for (const id of [ids.decided, ids.waiting]) {
      for (const set of [`"reason" = 'rewritten'`, `"date" = '1999-01-01'`, `"requestedById" = '01a00000-0000-7000-8000-000000000000'`, `"transactionId" = '${ids.receipt}'`]) {
        await refused(`UPDATE "ReversalRequest" SET ${set} WHERE "id" = '${id}'`);
      }
      await refused(`DELETE FROM "ReversalRequest" WHERE "id" = '${id}'`);
    }
    // a decided request is decided for good; its reversal is set once
    await refused(`UPDATE "ReversalRequest" SET "status" = 'REJECTED' WHERE "id" = '${ids.decided}'`);
    await refused(`UPDATE "ReversalRequest" SET "decisionReason" = 'rewritten' WHERE "id" = '${ids.decided}'`);
    await refused(`UPDATE "ReversalRequest" SET "decidedById" = NULL WHERE "id" = '${ids.decided}'`);
    await refused(`UPDATE "ReversalRequest" SET "reversalId" = '${ids.receipt}' WHERE "id" = '${ids.decided}'`);
    expect(await app.db.prisma.reversalRequest.findUniqueOrThrow({ where: { id: ids.decided! } })).toEqual(decided);
    expect(await app.db.prisma.reversalRequest.findUniqueOrThrow({ where: { id: ids.waiting! } })).toEqual(waiting);
  });
});
