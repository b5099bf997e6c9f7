// Every write use-case runs through the command runner (src/services/runner.ts) or the
// group-commit writer: no other module opens a database transaction of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', 'src');
/** where a transaction is opened on purpose: the runner, the writer, the dispatcher's cursors, the first admin at start-up */
const OPENERS = new Set(['db.ts', 'services/runner.ts', 'services/writer.ts', 'services/dispatcher.ts', 'services/auth.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('write use-cases', () => {
  it('open no database transaction outside the runner and the writer', () => {
    const opening = sources(root)
      .map((path) => relative(root, path))
      .filter((file) => !OPENERS.has(file))
      .filter((file) => /\binTransaction\(|\$transaction\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(opening).toEqual([]);
  });
});
