import { describe, expect, it } from 'vitest';
import { migrationFolderName } from '../scripts/create-migration.ts';

describe('migrationFolderName', () => {
  it("names a folder as prisma migrate does: UTC yyyymmddhhmmss, then the name's words in snake case", () => {
    expect(migrationFolderName('Append only!', new Date(Date.UTC(2026, 10, 22, 4, 8, 7)))).toBe('20261122040807_append_only');
  });

  it('refuses a name without letters or digits', () => {
    expect(() => migrationFolderName('--')).toThrow(/no letters or digits/);
  });
});
