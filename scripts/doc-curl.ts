// Gives every GraphQL example of the guides (docs/*.md) a curl line a person can paste: the
// example's query and variables as one JSON body, the key from $DAYBOOK_KEY (or the key an
// `<!-- as: name -->` comment names: $NAME_KEY), and each "<placeholder>" of the variables as
// a shell variable ("<bookId>" → $BOOK_ID, the id an earlier answer showed).
//
//   npx tsx scripts/doc-curl.ts          writes the ```sh curl blocks
//   npx tsx scripts/doc-curl.ts --check  exits 1 when a guide's curl lines are missing or stale
// test/docs/curl-lines.test.ts runs the check.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FENCE = /^```(\S*)(.*)$/;
const AS = /^<!--\s*as:\s*([A-Za-z0-9_.-]+)\s*-->$/;

const shellName = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]/g, '_').toUpperCase();

/** The curl command that sends `query` with `variables` as `as` (undefined: $DAYBOOK_KEY). */
export function curlFor(query: string, variables: unknown, as?: string): string {
  const body = JSON.stringify(variables === undefined ? { query } : { query, variables });
  // an unquoted here-document: $VARIABLES expand, so the query's own $ and \ are escaped
  const escaped = body.replace(/[\\$`]/g, (c) => `\\${c}`).replace(/"<([A-Za-z0-9_]+)>"/g, (_m, name: string) => `"$${shellName(name)}"`);
  const key = as === 'nobody' ? '' : ` -H "authorization: Bearer $${as ? `${shellName(as)}_KEY` : 'DAYBOOK_KEY'}"`;
  const subscription = /^\s*subscription\b/.test(query);
  return [
    `curl -s${subscription ? 'N' : ''} http://localhost:4000/graphql${key} -H 'content-type: application/json'${subscription ? " -H 'accept: text/event-stream'" : ''} --data-binary @- <<EOF`,
    escaped,
    'EOF',
  ].join('\n');
}

interface Block {
  lang: string;
  info: string;
  start: number;
  /** the line of the closing fence */
  end: number;
  body: string;
}

function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open || open[1] === '') continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    blocks.push({ lang: open[1]!, info: open[2]!.trim(), start, end: i, body: body.join('\n') });
  }
  return blocks;
}

/** The guide with a ```sh curl block after each request (after its variables, when it has some). */
export function withCurlLines(markdown: string): string {
  const lines = markdown.split('\n');
  const blocks = blocksOf(lines);
  // edits from the end, so earlier line numbers stay right
  const edits: { from: number; to: number; text: string[] }[] = [];
  for (const [b, block] of blocks.entries()) {
    if (block.lang !== 'graphql') continue;
    let before = block.start - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const as = before >= 0 ? AS.exec(lines[before]!.trim())?.[1] : undefined;
    let after = block;
    let variables: unknown = undefined;
    const next = blocks[b + 1];
    if (next && next.lang === 'json' && next.info === 'variables') {
      variables = JSON.parse(next.body) as unknown;
      after = next;
    }
    const curl = ['', '```sh curl', curlFor(block.body, variables, as), '```'];
    const existing = blocks[blocks.indexOf(after) + 1];
    const adjacent = existing && lines.slice(after.end + 1, existing.start).every((l) => l.trim() === '');
    if (existing && adjacent && existing.lang === 'sh' && existing.info === 'curl') edits.push({ from: after.end + 1, to: existing.end + 1, text: curl });
    else edits.push({ from: after.end + 1, to: after.end + 1, text: curl });
  }
  for (const edit of edits.reverse()) lines.splice(edit.from, edit.to - edit.from, ...edit.text);
  return lines.join('\n');
}

export const guidesDir = resolve(import.meta.dirname, '../docs');

export function guides(): string[] {
  return readdirSync(guidesDir).filter((f) => f.endsWith('.md')).map((f) => join(guidesDir, f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const file of guides()) {
    const text = readFileSync(file, 'utf8');
    const updated = withCurlLines(text);
    if (updated === text) continue;
    stale++;
    if (check) console.error(`${file}: curl lines missing or stale (npx tsx scripts/doc-curl.ts)`);
    else writeFileSync(file, updated);
  }
  if (check && stale) process.exit(1);
}
