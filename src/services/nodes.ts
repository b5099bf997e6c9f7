// node(id): which row an id names, if the caller may read its book.
import type { Prisma } from '../db.ts';
import { checkRole, roleIn, type Actor, type Capability } from './access.ts';

type Finder = (prisma: Prisma, id: string) => Promise<{ id: string; bookId?: string | null } | null>;

/** A deleted webhook (and its deliveries) is as gone as a missing row, as in Book.webhooks. */
const liveWebhook = (p: Prisma, id: string) => p.webhook.count({ where: { id, deletedAt: null } });

/** Types whose rows belong to a book, with how to find one by id. */
const BOOK_ROWS: [typename: string, find: Finder][] = [
  ['Transaction', (p, id) => p.transaction.findUnique({ where: { id } })],
  ['Account', (p, id) => p.account.findUnique({ where: { id } })],
  ['Entry', (p, id) => p.entry.findUnique({ where: { id } })],
  ['Ledger', (p, id) => p.ledger.findUnique({ where: { id } })],
  ['TransactionType', (p, id) => p.transactionType.findUnique({ where: { id } })],
  ['TaxCode', (p, id) => p.taxCode.findUnique({ where: { id } })],
  ['Period', (p, id) => p.period.findUnique({ where: { id } })],
  ['Allocation', (p, id) => p.allocation.findUnique({ where: { id } })],
  ['Category', (p, id) => p.category.findUnique({ where: { id } })],
  ['ReversalRequest', (p, id) => p.reversalRequest.findUnique({ where: { id } })],
  ['AuditEvent', (p, id) => p.auditEvent.findUnique({ where: { id } })],
  ['Webhook', async (p, id) => {
    const webhook = await p.webhook.findUnique({ where: { id } });
    return webhook && (webhook.deletedAt ? { id, bookId: null } : webhook);
  }],
  ['WebhookDelivery', async (p, id) => {
    const delivery = await p.webhookDelivery.findUnique({ where: { id } });
    if (!delivery) return null;
    return (await liveWebhook(p, delivery.webhookId)) ? delivery : { id, bookId: null };
  }],
];

/** What reading a row of the type takes: the audit log is AUDITOR's, webhooks ADMIN's (as Book.webhooks). */
const CAPABILITY_OF: Record<string, Capability> = { AuditEvent: 'audit', Webhook: 'configure', WebhookDelivery: 'configure' };

export async function findNode(prisma: Prisma, actor: Actor, id: string) {
  const book = await prisma.book.findUnique({ where: { id } });
  if (book) {
    // a book the caller is not in is as unknown as a missing id: null, not a refusal
    if ((await roleIn(prisma, actor, book.id)) === undefined) return null;
    return { ...book, __typename: 'Book' };
  }
  const user = await prisma.user.findUnique({ where: { id } });
  if (user) {
    // a user is visible to themselves and to the members of a book they share
    if (user.id !== actor.userId) {
      const shared = await prisma.membership.count({
        where: { userId: user.id, book: { memberships: { some: { userId: actor.userId } } } },
      });
      if (shared === 0 && !actor.isSystemAdmin) return null;
    }
    return { ...user, __typename: 'User' };
  }
  const key = await prisma.apiKey.findUnique({ where: { id } });
  if (key) return key.userId === actor.userId || actor.isSystemAdmin ? { ...key, __typename: 'ApiKey' } : null;
  for (const [typename, find] of BOOK_ROWS) {
    const row = await find(prisma, id);
    if (!row) continue;
    if (!row.bookId) return null;
    // to a caller outside its book a row is as unknown as a missing one: ids are not probed
    const role = await roleIn(prisma, actor, row.bookId);
    if (role === undefined) return null;
    checkRole(role, row.bookId, CAPABILITY_OF[typename] ?? 'read');
    return { ...row, __typename: typename };
  }
  return null;
}
