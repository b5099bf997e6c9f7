#!/usr/bin/env node
// The `daybook` command: runs the TypeScript CLI in this process through tsx's loader (the
// generated Prisma client is TypeScript). One process, so SIGTERM reaches the server itself.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
