// The integrity check over a book's stored rows (src/services/integrity.ts): AUDITOR or ADMIN.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { integrityReport, type IntegrityCheck, type IntegrityReport } from '../services/integrity.ts';

const IntegrityCheckRef = builder.objectRef<IntegrityCheck>('IntegrityCheck').implement({
  description: 'one invariant of the model, and the rows that break it (at most 50 listed)',
  fields: (t) => ({
    name: t.exposeString('name'),
    ok: t.exposeBoolean('ok'),
    violations: t.exposeStringList('violations'),
  }),
});

const IntegrityReportRef = builder.objectRef<IntegrityReport>('IntegrityReport').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    checkedAt: t.expose('checkedAt', { type: 'DateTime' }),
    checks: t.field({ type: [IntegrityCheckRef], resolve: (report) => report.checks }),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  integrityReport: t.field({
    type: IntegrityReportRef,
    description: 'every invariant of the model verified over the stored rows; AUDITOR or ADMIN',
    resolve: (book, _args, ctx) => integrityReport(ctx.db, actorOf(ctx), book.id),
  }),
}));
