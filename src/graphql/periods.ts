// Periods and the year end: reopenPeriod, closeYear, and the book-wide settings
// (requirePeriods, reversalsRequireApproval). createPeriod and closePeriod live with the
// other configuration in tax-codes.ts.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { reopenPeriod, updateBookSettings } from '../services/periods.ts';
import { closeYear } from '../services/year-end.ts';

builder.prismaObjectFields('Book', (t) => ({
  requirePeriods: t.exposeBoolean('requirePeriods', {
    description: 'a transaction dated outside every period is refused (PERIOD_CLOSED)',
  }),
  reversalsRequireApproval: t.exposeBoolean('reversalsRequireApproval', {
    description: "every reversal needs a second person's approval, whatever its type says",
  }),
}));

const CloseYearInput = builder.inputType('CloseYearInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    yearEnd: t.field({ type: 'Date', required: true }),
    retainedEarningsAccountCode: t.string({ required: true }),
    typeCode: t.string({ description: "the JOURNAL type to post with; default: the nominal ledger's first JOURNAL type" }),
  }),
});

const UpdateBookSettingsInput = builder.inputType('UpdateBookSettingsInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    requirePeriods: t.boolean({ description: 'refuse dates outside every period' }),
    reversalsRequireApproval: t.boolean({ description: 'every reversal two-person; requests already made keep their rule' }),
  }),
});

builder.mutationFields((t) => ({
  reopenPeriod: t.prismaField({
    type: 'Period',
    description: 'CLOSED → OPEN (ADMIN), audited with the reason',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, { id, reason }, ctx) => {
      const period = await reopenPeriod(ctx.db, actorOf(ctx), String(id), reason);
      return ctx.prisma.period.findUniqueOrThrow({ ...query, where: { id: period.id } });
    },
  }),
  closeYear: t.prismaField({
    type: 'Transaction',
    description: "ADMIN: posts the year-end journal (income and expense to retained earnings) and closes the year's periods",
    args: { input: t.arg({ type: CloseYearInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const journal = await closeYear(ctx.db, actorOf(ctx), { ...input, bookId: String(input.bookId) }, ctx.committed);
      return ctx.prisma.transaction.findUniqueOrThrow({ ...query, where: { id: journal.id } });
    },
  }),
  updateBookSettings: t.prismaField({
    type: 'Book',
    description: 'ADMIN: the book-wide settings; each change is audited',
    args: { input: t.arg({ type: UpdateBookSettingsInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const book = await updateBookSettings(ctx.db, actorOf(ctx), { ...input, id: String(input.id) });
      return ctx.prisma.book.findUniqueOrThrow({ ...query, where: { id: book.id } });
    },
  }),
}));
