// A server's start-up, alone: `node --import tsx test/support/bootstrap-once.ts <target JSON>
// <dataDir>` opens the database, says "ready", waits for a line on stdin (so that several
// start at the same moment), runs bootstrapAdmin and prints what it made as JSON.
import { once } from 'node:events';
import type { DatabaseTarget } from '../../src/config.ts';
import { openDatabase } from '../../src/db.ts';
import { bootstrapAdmin } from '../../src/services/auth.ts';

const [target, dataDir] = process.argv.slice(2) as [string, string];
const db = await openDatabase(JSON.parse(target) as DatabaseTarget);
try {
  await db.prisma.user.count(); // connected and warm
  process.stdout.write('ready\n');
  await once(process.stdin, 'data');
  const made = await bootstrapAdmin(db, { adminToken: undefined, dataDir });
  process.stdout.write(JSON.stringify({ made: made ? made.userId : null }) + '\n');
} finally {
  await db.close();
  process.stdin.destroy();
}
