// GET /books/:bookId/accounts/:code/statement.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: an account
// statement as a file, for people who want one. Same key (Authorization: Bearer) and the
// same tenancy check as Account.statement; errors answer JSON { code, message }.
import type { Database } from './db.ts';
import { DomainError, badInput, notFound, type ErrorCode } from './domain/errors.ts';
import { isCalendarDate } from './graphql/scalars.ts';
import { requireCapability, type Actor } from './services/access.ts';
import { authenticate } from './services/auth.ts';
import { digitsIn, statement, statementCsv } from './services/reports.ts';

const ROUTE = /^\/books\/([^/]+)\/accounts\/([^/]+)\/statement\.csv$/;

const STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** A path segment's percent-encoding read, or BAD_USER_INPUT (a 400) when it is broken. */
function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw badInput(`the path part "${part}" is not valid percent-encoding (URL-encode the book id and account code as UTF-8)`);
  }
}

export function matchesStatementCsv(url: URL): boolean {
  return ROUTE.test(url.pathname);
}

export async function statementCsvResponse(
  db: Database,
  request: Request,
  url: URL,
  /** the server's own (API keys, and JWTs where configured); the database's keys by default */
  authenticateWith: (authorization: string | null) => Promise<Actor> = (authorization) => authenticate(db.prisma, authorization),
): Promise<Response> {
  try {
    if (request.method !== 'GET') throw badInput('use GET');
    const actor = await authenticateWith(request.headers.get('authorization'));
    const [, bookId, code] = ROUTE.exec(url.pathname)!.map(decodePathPart) as [string, string, string];
    const dateParam = (name: 'from' | 'to') => {
      const value = url.searchParams.get(name);
      if (!value || !isCalendarDate(value)) throw badInput(`${name} must be a calendar date "YYYY-MM-DD"`, { field: name });
      return value;
    };
    const from = dateParam('from');
    const to = dateParam('to');
    // membership first, so a stranger learns nothing from NOT_FOUND
    await requireCapability(db.prisma, actor, bookId, 'read');
    const account = await db.prisma.account.findUnique({ where: { bookId_code: { bookId, code } } });
    if (!account) throw notFound(`No account "${code}" in this book`, { field: 'code' });
    const report = await statement(db.prisma, actor, account, from, to);
    const csv = statementCsv(report, await digitsIn(db.prisma, bookId, account.currency));
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="statement-${code.replace(/[^A-Za-z0-9._-]/g, '_')}-${from}-${to}.csv"`,
      },
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json({ code: error.code, message: error.message }, { status: STATUS[error.code] ?? 400 });
  }
}
