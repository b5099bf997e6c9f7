// Runs the GraphQL examples of a markdown guide, so the guide cannot drift from the API.
// Self-contained: it knows markdown fences and placeholders, not Daybook.
//
// A ```graphql block is a request. The next ```json variables block before the following
// request (optional) holds its variables; the next ```json response block (required) the
// response it must get. Placeholders are whole JSON strings:
//   "<name>"  in variables: the value bound to name; in a response: binds name to the
//             actual value the first time, and must equal it after that
//   "<*>"     in a response: anything (timestamps, generated ids you do not need later)
// A response object lists the keys it asserts: keys the actual response has and the
// example leaves out (an error's locations, say) are not compared. Arrays must match
// element by element and in length.
//
// Who sends a request: by default the caller's key (the test's). A comment line
//   <!-- as: name -->
// as the last non-blank line before the ```graphql fence sends it with the API key bound to
// name instead (bind it where the key's secret is shown: "secret": "<name>"), and
//   <!-- as: nobody -->
// sends it with no key at all. The comment does not render: say in the prose who sends it.

export interface DocExample {
  /** the heading the example sits under, and its index, for test names */
  title: string;
  query: string;
  variables: unknown;
  response: unknown;
  /** 1-based line of the ```graphql fence, for messages */
  line: number;
  /** from `<!-- as: name -->` before the fence: whose key sends it (undefined: the caller's) */
  as?: string;
}

const FENCE = /^```(\S*)(.*)$/;
const AS = /^<!--\s*as:\s*([A-Za-z0-9_.-]+)\s*-->$/;
export const NOBODY = 'nobody';

/** The examples of a markdown document, in order. Throws on a request without a response. */
export function extractExamples(markdown: string): DocExample[] {
  const lines = markdown.split('\n');
  const blocks: { lang: string; info: string; body: string; line: number; heading: string; as?: string }[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (/^#{1,6} /.test(text)) heading = text.replace(/^#+ /, '').trim();
    if (AS.test(text.trim())) {
      let next = i + 1;
      while (next < lines.length && lines[next]!.trim() === '') next++;
      if (!lines[next]?.startsWith('```graphql')) throw new Error(`line ${i + 1}: ${text.trim()} must come just before a \`\`\`graphql request`);
    }
    const open = FENCE.exec(text);
    if (!open || open[1] === '') continue;
    const start = i;
    let before = start - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const as = before >= 0 ? AS.exec(lines[before]!.trim())?.[1] : undefined;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    blocks.push({ lang: open[1]!, info: open[2]!.trim(), body: body.join('\n'), line: start + 1, heading, ...(as === undefined ? {} : { as }) });
  }

  const examples: DocExample[] = [];
  const counts = new Map<string, number>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.lang !== 'graphql') continue;
    let variables: unknown = undefined;
    let response: unknown = undefined;
    for (let next = b + 1; next < blocks.length && blocks[next]!.lang !== 'graphql'; next++) {
      const candidate = blocks[next]!;
      if (candidate.lang !== 'json') continue;
      const parse = () => {
        try {
          return JSON.parse(candidate.body) as unknown;
        } catch (error) {
          throw new Error(`line ${candidate.line}: the json ${candidate.info} block is not JSON: ${(error as Error).message}`);
        }
      };
      if (candidate.info === 'variables') variables = parse();
      if (candidate.info === 'response') response = parse();
    }
    if (response === undefined) throw new Error(`line ${block.line}: the graphql request has no \`\`\`json response block`);
    const n = (counts.get(block.heading) ?? 0) + 1;
    counts.set(block.heading, n);
    examples.push({ title: `${block.heading} #${n}`, query: block.body, variables, response, line: block.line, ...(block.as === undefined ? {} : { as: block.as }) });
  }
  return examples;
}

const PLACEHOLDER = /^<([A-Za-z0-9_.*-]+)>$/;

/** Variables with every "<name>" replaced by its bound value. */
export function fillPlaceholders(value: unknown, bindings: ReadonlyMap<string, unknown>): unknown {
  if (typeof value === 'string') {
    const name = PLACEHOLDER.exec(value)?.[1];
    if (name === undefined) return value;
    if (!bindings.has(name)) throw new Error(`placeholder "${value}" is used before a response bound it`);
    return bindings.get(name);
  }
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, bindings));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fillPlaceholders(inner, bindings)]));
  }
  return value;
}

/**
 * Where `actual` differs from the documented `expected` ([] when it matches), binding
 * placeholders into `bindings` as it goes.
 */
export function compareResponse(expected: unknown, actual: unknown, bindings: Map<string, unknown>, path = '$'): string[] {
  if (typeof expected === 'string') {
    const name = PLACEHOLDER.exec(expected)?.[1];
    if (name === '*') return actual === undefined ? [`${path}: missing`] : [];
    if (name !== undefined) {
      if (!bindings.has(name)) {
        bindings.set(name, actual);
        return actual === undefined || actual === null ? [`${path}: nothing to bind to <${name}>`] : [];
      }
      return deepEqual(bindings.get(name), actual) ? [] : [`${path}: expected <${name}> = ${JSON.stringify(bindings.get(name))}, got ${JSON.stringify(actual)}`];
    }
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}: ${JSON.stringify(actual)}`];
    return expected.flatMap((item, i) => compareResponse(item, actual[i], bindings, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([key, inner]) =>
      compareResponse(inner, (actual as Record<string, unknown>)[key], bindings, `${path}.${key}`),
    );
  }
  return deepEqual(expected, actual) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

const deepEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `key`: undefined for the caller's own key, null for none, else the API key to send. */
export type SendRequest = (query: string, variables: unknown, key: string | null | undefined) => Promise<unknown>;

/** The key an example is sent with (see SendRequest), from its `<!-- as: name -->`. */
export function keyFor(example: DocExample, bindings: ReadonlyMap<string, unknown>): string | null | undefined {
  if (example.as === undefined) return undefined;
  if (example.as === NOBODY) return null;
  const key = bindings.get(example.as);
  if (typeof key !== 'string') throw new Error(`line ${example.line}: <!-- as: ${example.as} --> but no response bound "<${example.as}>" to a key`);
  return key;
}

/** Runs one example: fills its variables, sends it, and returns the differences from the doc. */
export async function runExample(example: DocExample, send: SendRequest, bindings: Map<string, unknown>) {
  const actual = await send(example.query, fillPlaceholders(example.variables ?? {}, bindings), keyFor(example, bindings));
  return { actual, differences: compareResponse(example.response, actual, bindings) };
}

/**
 * A SendRequest that POSTs GraphQL over `fetch` (a server's in-process handler will do) with
 * "Authorization: Bearer <key>", `defaultKey` for requests without an `as:`.
 */
export function graphqlOverFetch(
  fetch: (url: string, init: { method: string; headers: Record<string, string>; body: string }) => PromiseLike<{ json(): Promise<unknown> }> | { json(): Promise<unknown> },
  url: string,
  defaultKey: string,
): SendRequest {
  return async (query, variables, key) => {
    const token = key === undefined ? defaultKey : key;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
}
