// Renaming and archiving ledgers and tax codes, closing and reopening accounts (ADMIN):
// updateLedger, updateTaxCode, closeAccount, reopenAccount, and the fields that show it.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import * as retirement from '../services/retirement.ts';

builder.prismaObjectFields('Ledger', (t) => ({
  archived: t.boolean({ description: 'archived: no new accounts, types or postings; its history stays readable', resolve: (l) => l.archivedAt !== null }),
  archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
}));

builder.prismaObjectFields('TaxCode', (t) => ({
  archived: t.boolean({ description: 'archived: no new line may use it; its history stays readable', resolve: (c) => c.archivedAt !== null }),
  archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
}));

builder.prismaObjectFields('Account', (t) => ({
  closed: t.boolean({ description: 'closed (at a zero balance): no new postings; its history stays readable', resolve: (a) => a.closedAt !== null }),
  closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
}));

const UpdateLedgerInput = builder.inputType('UpdateLedgerInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    archived: t.boolean({ description: 'true archives the ledger, false brings it back' }),
  }),
});

const UpdateTaxCodeInput = builder.inputType('UpdateTaxCodeInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    archived: t.boolean({ description: 'true archives the tax code, false brings it back' }),
  }),
});

builder.mutationFields((t) => ({
  updateLedger: t.prismaField({
    type: 'Ledger',
    description: 'ADMIN: rename a ledger, or archive it (no new accounts, types or postings) or bring it back; audited',
    args: { input: t.arg({ type: UpdateLedgerInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const ledger = await retirement.updateLedger(ctx.db, actorOf(ctx), { ...input, id: String(input.id) });
      return ctx.prisma.ledger.findUniqueOrThrow({ ...query, where: { id: ledger.id } });
    },
  }),
  updateTaxCode: t.prismaField({
    type: 'TaxCode',
    description: 'ADMIN: rename a tax code, or archive it (no new lines may use it) or bring it back; its rate never changes; audited',
    args: { input: t.arg({ type: UpdateTaxCodeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const code = await retirement.updateTaxCode(ctx.db, actorOf(ctx), { ...input, id: String(input.id) });
      return ctx.prisma.taxCode.findUniqueOrThrow({ ...query, where: { id: code.id } });
    },
  }),
  closeAccount: t.prismaField({
    type: 'Account',
    description: 'ADMIN: close an account at a zero balance with nothing pending (INVALID_STATE otherwise); no new postings; audited',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { id, reason }, ctx) => {
      const account = await retirement.closeAccount(ctx.db, actorOf(ctx), String(id), reason);
      return ctx.prisma.account.findUniqueOrThrow({ ...query, where: { id: account.id } });
    },
  }),
  reopenAccount: t.prismaField({
    type: 'Account',
    description: 'ADMIN: a closed account takes postings again; audited with the reason',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, { id, reason }, ctx) => {
      const account = await retirement.reopenAccount(ctx.db, actorOf(ctx), String(id), reason);
      return ctx.prisma.account.findUniqueOrThrow({ ...query, where: { id: account.id } });
    },
  }),
}));
