// An SSE subscription through yoga.fetch, collecting its events, for the subscription tests.
import { ADMIN_TOKEN, type TestApp } from './app.ts';

/** Opens an SSE subscription through yoga.fetch and collects its events. */
export async function sse(app: Pick<TestApp, 'yoga'>, query: string, variables: unknown, token: string | null = ADMIN_TOKEN) {
  const controller = new AbortController();
  // yoga answers an SSE request once the first event is ready: read it in the background
  const responding = app.yoga.fetch('http://daybook.test/graphql', {
    method: 'POST',
    // null: no credential at all
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token !== null && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const decoder = new TextDecoder();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- event payloads are checked field by field
  const events: { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] }[] = [];
  let buffer = '';
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const pump = (async () => {
    try {
      reader = (await responding).body!.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (data) events.push(JSON.parse(data.slice(6)));
        }
      }
    } catch {
      // aborted
    }
  })();
  const waitFor = async (count: number, ms = 5000) => {
    const until = Date.now() + ms;
    while (events.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    return events;
  };
  const close = async () => {
    controller.abort();
    await reader?.cancel().catch(() => undefined);
    await pump;
  };
  /** resolves once the server has ended the stream */
  const ended = pump;
  return { events, waitFor, close, ended };
}

