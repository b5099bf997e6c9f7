// The first admin: made once on an empty database, also when several servers start at the
// same moment (separate processes, each with its own connection), and never again.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db.ts';
import { bootstrapAdmin } from '../src/services/auth.ts';
import { databaseKinds, freshTarget } from './support/app.ts';

const script = new URL('./support/bootstrap-once.ts', import.meta.url).pathname;

/** Starts a server process that bootstraps on "go"; resolves once it is ready. */
async function server(target: unknown, dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(target), dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  const lines = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`bootstrap process exited with ${code}: ${out}`))));
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => out.includes('ready\n') && resolve());
    child.on('exit', () => reject(new Error(`bootstrap process ended before it was ready: ${out}`)));
  });
  return {
    go: () => child.stdin.write('go\n'),
    made: async () => (JSON.parse((await lines).split('\n')[1]!) as { made: string | null }).made,
  };
}

describe.each(databaseKinds())('bootstrapAdmin on %s', (kind) => {
  it('makes one admin when three servers start at once on an empty database', async () => {
    const { target, cleanup } = await freshTarget(kind);
    const dataDir = mkdtempSync(join(tmpdir(), 'daybook-bootstrap-'));
    try {
      const servers = await Promise.all([1, 2, 3].map(() => server(target, dataDir)));
      for (const s of servers) s.go();
      const made = (await Promise.all(servers.map((s) => s.made()))).filter((id) => id !== null);
      expect(made).toHaveLength(1);
      const db = await openDatabase(target);
      try {
        expect(await db.prisma.user.findMany({ select: { id: true, isSystemAdmin: true } })).toEqual([{ id: made[0], isSystemAdmin: true }]);
        expect(await db.prisma.apiKey.count()).toBe(1);
        expect(await db.prisma.auditEvent.count({ where: { action: 'user.bootstrap' } })).toBe(1);
        expect(readFileSync(join(dataDir, 'admin-token'), 'utf8')).toMatch(/^dbk_/);
        // a later start leaves it as it is
        expect(await bootstrapAdmin(db, { adminToken: undefined, dataDir })).toBeUndefined();
        expect(await db.prisma.user.count()).toBe(1);
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await cleanup();
    }
  }, 90_000);
});
