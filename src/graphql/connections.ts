// Relay-style connections with opaque, stable cursors (the row's id, which is a
// time-ordered UUIDv7, so id order is creation order).
import { badInput } from '../domain/errors.ts';
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

export const encodeCursor = (key: string) => Buffer.from(`c:${key}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | null | undefined): string | undefined {
  if (!cursor) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('c:')) {
    throw badInput(`after "${cursor}" is not a cursor this API returned`, { field: 'after' });
  }
  return text.slice(2);
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE;
  return Math.max(0, Math.min(first, MAX_PAGE));
}

/** Builds a connection from up to size+1 rows fetched after the cursor. */
export function toConnection<T>(rows: T[], size: number, keyOf: (row: T) => string): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
