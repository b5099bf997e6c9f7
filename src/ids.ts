// Time-ordered UUIDv7 ids (RFC 9562), the same kind Prisma's uuid(7) default makes: a
// service that must know a row's id before writing it (idempotency) makes one here.
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

// random bits drawn 8 KiB at a time: one system call per 512 ids, not one per id
// (measured: most of an import's id-making time was randomBytes(16))
const pool = Buffer.alloc(16 * 512);
let offset = pool.length;

export function uuidv7(): string {
  let ms = Date.now();
  // within one millisecond, a counter in rand_a keeps ids increasing in creation order
  if (ms <= lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  if (offset >= pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.allocUnsafe(16);
  pool.copy(bytes, 0, offset, offset + 16);
  offset += 16;
  // the 48-bit millisecond timestamp, big-endian (exact in a double)
  for (let i = 0; i < 6; i++) bytes[i] = Math.floor(ms / 2 ** (8 * (5 - i))) & 0xff;
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
