// `daybook backup <file>`: a consistent copy of a live SQLite database, taken with SQLite's
// online backup API (better-sqlite3's `backup`) while the server goes on writing. In WAL
// mode a reader never blocks the writer: the copy is made in one step, from one read
// snapshot, so it is never restarted by a write that commits meanwhile.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { DatabaseTarget } from '../config.ts';

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
}

/** SQLite's largest step: every remaining page in one sqlite3_backup_step, from one snapshot. */
const ALL_PAGES = 0x7fffffff;

export async function backupSqlite(target: DatabaseTarget, destination: string): Promise<BackupResult> {
  if (target.kind !== 'sqlite') {
    throw new Error(
      'daybook backup copies an SQLite database; for PostgreSQL use pg_dump (or continuous archiving for point-in-time recovery): see docs/operations.md',
    );
  }
  const file = resolve(destination);
  if (!existsSync(target.file)) throw new Error(`DATABASE_URL file:${target.file}: there is no database file to back up`);
  if (resolve(target.file) === file) throw new Error(`backup file ${destination} is the database itself: name another file`);
  if (existsSync(file)) throw new Error(`backup file ${destination} exists already: name a new file (a backup never overwrites one)`);
  if (!existsSync(dirname(file))) throw new Error(`backup file ${destination}: folder ${dirname(file)} does not exist`);

  // written beside its final name, renamed when whole: a file at that name is a complete copy
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const source = new BetterSqlite3(target.file, { fileMustExist: true, timeout: 5000 });
  try {
    const progress = await source.backup(partial, { progress: () => ALL_PAGES });
    const copy = new BetterSqlite3(partial, { fileMustExist: true });
    try {
      // the copy is an ordinary database in rollback mode: one file, nothing beside it
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed SQLite's quick_check: ${String(check)}`);
    } finally {
      copy.close();
    }
    renameSync(partial, file);
    return { file, bytes: statSync(file).size, pages: progress.totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
}
