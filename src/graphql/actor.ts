import { DomainError } from '../domain/errors.ts';
import type { Actor } from '../services/access.ts';
import type { Context } from './context.ts';

/** The authenticated caller; the permission layer has already refused anonymous calls. */
export function actorOf(ctx: Context): Actor {
  if (!ctx.actor) throw ctx.authError ?? new DomainError('UNAUTHENTICATED', 'Send an API key');
  return ctx.actor;
}
