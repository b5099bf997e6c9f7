// Runs the real `daybook` command (bin/daybook.js) in a child process, as a person or a
// script would, with only the given Daybook variables set.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { DatabaseTarget } from '../../src/config.ts';

export const root = resolve(import.meta.dirname, '../..');
export const examples = resolve(root, 'docs/examples');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function databaseUrl(target: DatabaseTarget): string {
  return target.kind === 'sqlite' ? `file:${target.file}` : target.url;
}

export function cleanEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !['PORT', 'HOST', 'DATABASE_URL', 'LOG_LEVEL', 'NODE_ENV'].includes(name) && !name.startsWith('DAYBOOK_'),
    ),
  );
  return { ...clean, LOG_LEVEL: 'warn', ...env };
}

export function daybook(args: string[], env: Record<string, string> = {}, options: { cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [resolve(root, 'bin/daybook.js'), ...args], {
      cwd: options.cwd ?? root,
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`daybook ${args.join(' ')} did not finish in time; stdout:\n${stdout}\nstderr:\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
  });
}

/** Like daybook(), but the command must exit 0; its stdout parsed as JSON when it is --json. */
export async function ok(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const result = await daybook(args, env);
  if (result.code !== 0) throw new Error(`daybook ${args.join(' ')} exited ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  return result;
}
