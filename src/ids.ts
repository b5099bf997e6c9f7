// Time-ordered UUIDv7 ids (RFC 9562), the same kind Prisma's uuid(7) default makes: a
// service that must know a row's id before writing it (idempotency) makes one here.
import { randomBytes } from 'node:crypto';

let lastMs = 0n;
let counter = 0;

export function uuidv7(): string {
  let ms = BigInt(Date.now());
  // within one millisecond, a counter in rand_a keeps ids increasing in creation order
  if (ms <= lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1n;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  const bytes = randomBytes(16);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
