// Reads the requests of a walk-through page: each ```graphql block (its info string names the
// key it is sent with) followed by a ```json variables block and a ```json response block.
// Documented ids and keys are those of the run that wrote the page; `IdMap` pairs them with
// the ids of the run at hand, so that a step's variables can name what an earlier step made.

export interface DocStep {
  /** the line of the ```graphql fence, for failure messages */
  line: number;
  query: string;
  /** `admin`, `none`, or a name given by an earlier step's `secret-for=` */
  key: string;
  /** the name under which this step's `secret` (createApiKey) is kept */
  secretFor: string | undefined;
  variables: Record<string, unknown>;
  response: unknown;
}

interface Fence {
  line: number;
  lang: string;
  attributes: Record<string, string>;
  body: string;
}

function fences(markdown: string): Fence[] {
  const found: Fence[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S+)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`line ${i + 1}: a fence that is never closed`);
    const words = open[2]!.split(/\s+/).filter(Boolean);
    const attributes = Object.fromEntries(words.map((w) => (w.includes('=') ? w.split('=', 2) : [w, ''])));
    found.push({ line: i + 1, lang: open[1]!, attributes, body: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
}

export function parseSteps(markdown: string): DocStep[] {
  const all = fences(markdown);
  const steps: DocStep[] = [];
  all.forEach((fence, index) => {
    if (fence.lang !== 'graphql') return;
    const variables = all[index + 1];
    const response = all[index + 2];
    if (variables?.lang !== 'json' || !('variables' in variables.attributes)) {
      throw new Error(`line ${fence.line}: a graphql block must be followed by a \`\`\`json variables block`);
    }
    if (response?.lang !== 'json' || !('response' in response.attributes)) {
      throw new Error(`line ${fence.line}: the variables must be followed by a \`\`\`json response block`);
    }
    const key = fence.attributes.key;
    if (!key) throw new Error(`line ${fence.line}: name the key the request is sent with (key=admin, key=none, …)`);
    const parse = (block: Fence) => {
      try {
        return JSON.parse(block.body) as unknown;
      } catch (error) {
        throw new Error(`line ${block.line}: not JSON: ${(error as Error).message}`);
      }
    };
    steps.push({
      line: fence.line,
      query: fence.body,
      key,
      secretFor: fence.attributes['secret-for'],
      variables: parse(variables) as Record<string, unknown>,
      response: parse(response),
    });
  });
  return steps;
}

// Fields whose values differ from run to run: ids and secrets.
const VARYING = (field: string) => field === 'id' || field === 'secret' || field.endsWith('Id');

/** Pairs the page's ids with this run's, one to one. */
export class IdMap {
  private readonly actualOf = new Map<string, string>();
  private readonly documentedOf = new Map<string, string>();

  /** Replaces documented ids in a step's variables with this run's. */
  substitute<T>(value: T): T {
    return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
      typeof v === 'string' && this.actualOf.has(v) ? this.actualOf.get(v) : v,
    ) as T;
  }

  /**
   * Differences between a documented and an actual response, ids aside; pairs the new ids.
   * A documented id already paired must be the same actual id again (the same book, the same user).
   */
  compare(documented: unknown, actual: unknown, path = '$', field = ''): string[] {
    if (typeof documented === 'string' && typeof actual === 'string' && VARYING(field)) {
      const paired = this.actualOf.get(documented);
      if (paired !== undefined) return paired === actual ? [] : [`${path}: documented ${documented} is ${paired} in this run, got ${actual}`];
      if (this.documentedOf.has(actual)) return [`${path}: ${actual} is already documented as ${this.documentedOf.get(actual)}`];
      this.actualOf.set(documented, actual);
      this.documentedOf.set(actual, documented);
      return [];
    }
    if (Array.isArray(documented) && Array.isArray(actual)) {
      if (documented.length !== actual.length) return [`${path}: ${documented.length} items documented, ${actual.length} returned`];
      return documented.flatMap((item, i) => this.compare(item, actual[i], `${path}[${i}]`, field));
    }
    if (isObject(documented) && isObject(actual)) {
      const keys = new Set([...Object.keys(documented), ...Object.keys(actual)]);
      return [...keys].flatMap((key) =>
        key in documented && key in actual
          ? this.compare(documented[key], actual[key], `${path}.${key}`, key)
          : [`${path}.${key}: ${key in documented ? 'documented but not returned' : 'returned but not documented'}`],
      );
    }
    return JSON.stringify(documented) === JSON.stringify(actual)
      ? []
      : [`${path}: documented ${JSON.stringify(documented)}, got ${JSON.stringify(actual)}`];
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
