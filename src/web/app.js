// Daybook's reference page (served at / in development, see src/web.ts): plain JavaScript,
// no build step, no CDN. The key is kept in sessionStorage (gone with the tab); everything
// put into the page goes in through textContent, never as markup.
const GRAPHQL = '/graphql';
const KEY = 'daybook.key';
const BOOK = 'daybook.book';

const $ = (id) => document.getElementById(id);
const state = { key: sessionStorage.getItem(KEY), book: null, trial: null, live: null, moved: { number: null, codes: new Set() } };

function status(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

/** One GraphQL request with the key; refuses with the server's message (and its code). */
async function graphql(query, variables) {
  const response = await fetch(GRAPHQL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${state.key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const [error] = body.errors;
    throw new Error(`${error.message}${error.extensions?.code ? ` (${error.extensions.code})` : ''}`);
  }
  return body.data;
}

/** A <td> (or <th>) holding `text` as text. */
function cell(text, className, tag = 'td') {
  const td = document.createElement(tag);
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

// ---------------------------------------------------------------- decimal strings
// Amounts stay decimal strings ("120.00"); sums go through BigInt minor units.
const scaleOf = (s) => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
function toMinor(s, scale) {
  const negative = s.startsWith('-');
  const [whole, fraction = ''] = s.replace('-', '').split('.');
  const minor = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -minor : minor;
}
function fromMinor(minor, scale) {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}

// ---------------------------------------------------------------- the key and the books
async function useKey(key) {
  state.key = key;
  sessionStorage.setItem(KEY, key);
  status('Loading your books…');
  try {
    const { me, books } = await graphql('query MyBooks { me { name } books { id name baseCurrency } }');
    const select = $('book');
    select.replaceChildren(...books.map((book) => {
      const option = document.createElement('option');
      option.value = book.id;
      option.textContent = `${book.name} (${book.baseCurrency})`;
      return option;
    }));
    if (books.length === 0) {
      status(`Signed in as ${me.name}, who is a member of no book yet.`);
      $('book-section').hidden = true;
      return;
    }
    const kept = sessionStorage.getItem(BOOK);
    if (books.some((b) => b.id === kept)) select.value = kept;
    status(`Signed in as ${me.name}.`);
    $('book-section').hidden = false;
    await openBook(select.value);
  } catch (error) {
    status(`That key was refused: ${error.message}`, true);
    $('book-section').hidden = true;
  }
}

async function openBook(bookId) {
  state.book = bookId;
  sessionStorage.setItem(BOOK, bookId);
  $('statement').hidden = true;
  await loadTrialBalance();
  subscribe(bookId);
}

// ---------------------------------------------------------------- the trial balance
const TRIAL_BALANCE = `query TrialBalance($bookId: ID!) {
  book(id: $bookId) {
    baseCurrency
    trialBalance { currency totalDebits totalCredits lines { account { code name } debit credit } }
  }
}`;

async function loadTrialBalance() {
  state.moved = { number: null, codes: new Set() };
  try {
    const { book } = await graphql(TRIAL_BALANCE, { bookId: state.book });
    const tb = book.trialBalance;
    state.trial = {
      currency: tb.currency ?? book.baseCurrency,
      lines: new Map(tb.lines.map((l) => [l.account.code, { code: l.account.code, name: l.account.name, debit: l.debit, credit: l.credit }])),
    };
    renderTrialBalance();
  } catch (error) {
    status(`The trial balance could not be read: ${error.message}`, true);
  }
}

function renderTrialBalance() {
  const { currency, lines } = state.trial;
  $('tb-currency').textContent = `(${currency})`;
  const rows = [...lines.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const amounts = rows.flatMap((r) => [r.debit, r.credit]);
  const scale = amounts.length ? Math.max(...amounts.map(scaleOf)) : 2;
  let debits = 0n;
  let credits = 0n;
  $('trial-balance').tBodies[0].replaceChildren(...rows.map((row) => {
    debits += toMinor(row.debit, scale);
    credits += toMinor(row.credit, scale);
    const tr = document.createElement('tr');
    tr.dataset.code = row.code;
    if (state.moved.codes.has(row.code)) tr.className = 'moved';
    tr.append(cell(row.code), cell(row.name), cell(row.debit, 'num'), cell(row.credit, 'num'));
    return tr;
  }));
  $('total-debits').textContent = fromMinor(debits, scale);
  $('total-credits').textContent = fromMinor(credits, scale);
  $('account-codes').replaceChildren(...rows.map((row) => {
    const option = document.createElement('option');
    option.value = row.code;
    option.textContent = row.name;
    return option;
  }));
}

/** A balanceChanged event: the moved nominal account's row takes its new balance. */
function balanceMoved({ account, balance, transaction }) {
  // the rows the latest transaction moved are marked
  if (state.moved.number !== transaction.number) state.moved = { number: transaction.number, codes: new Set() };
  if (!state.trial || account.ledger.kind !== 'NOMINAL' || balance.currency !== state.trial.currency) return;
  const scale = Math.max(scaleOf(balance.postedDebits), scaleOf(balance.postedCredits));
  const net = toMinor(balance.postedDebits, scale) - toMinor(balance.postedCredits, scale);
  const zero = fromMinor(0n, scale);
  if (net === 0n) state.trial.lines.delete(account.code);
  else state.trial.lines.set(account.code, { code: account.code, name: account.name, debit: net > 0n ? fromMinor(net, scale) : zero, credit: net < 0n ? fromMinor(-net, scale) : zero });
  state.moved.codes.add(account.code);
  renderTrialBalance();
  if (!$('statement').hidden && $('statement').dataset.code === account.code) showStatement();
}

// ---------------------------------------------------------------- live balances over SSE
const BALANCES = `subscription Balances($bookId: ID!) {
  balanceChanged(bookId: $bookId) {
    account { code name ledger { kind } }
    balance { postedDebits postedCredits currency }
    transaction { number }
  }
}`;

function live(text, on) {
  $('live').textContent = text;
  $('live').classList.toggle('on', on);
}

/**
 * Subscribes over Server-Sent Events with fetch (EventSource cannot send the Authorization
 * header): a POST with accept: text/event-stream, whose body is read as it arrives. The
 * stream opens with a ":" line, then sends "event: next" / "data: {…}" blocks, each ended
 * by a blank line; "event: complete" ends it.
 */
async function subscribe(bookId) {
  state.live?.abort();
  const controller = new AbortController();
  state.live = controller;
  live('connecting…', false);
  try {
    const response = await fetch(GRAPHQL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${state.key}` },
      body: JSON.stringify({ query: BALANCES, variables: { bookId } }),
      signal: controller.signal,
    });
    if (!response.ok || !response.headers.get('content-type')?.includes('text/event-stream')) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    read: for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const lines = block.split('\n');
        if (lines.some((line) => line.startsWith(':'))) live('live', true);
        const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
        const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
        if (event === 'complete') {
          await reader.cancel();
          break read;
        }
        if (!data) continue;
        const message = JSON.parse(data);
        if (message.errors?.length) throw new Error(message.errors[0].message);
        live(`live: last change ${message.data.balanceChanged.transaction.number}`, true);
        balanceMoved(message.data.balanceChanged);
      }
    }
    if (state.live === controller) live('the live stream ended: choose the book again to reconnect', false);
  } catch (error) {
    if (controller.signal.aborted) return;
    live(`not live: ${error.message}`, false);
  }
}

// ---------------------------------------------------------------- one account's statement
const STATEMENT = `query Statement($bookId: ID!, $code: String!, $from: Date!, $to: Date!) {
  book(id: $bookId) {
    account(code: $code) {
      code name currency
      statement(from: $from, to: $to) {
        opening closing
        lines { date description debit credit runningBalance transaction { number } }
      }
    }
  }
}`;

async function showStatement() {
  const code = $('account').value.trim();
  try {
    const { book } = await graphql(STATEMENT, { bookId: state.book, code, from: $('from').value, to: $('to').value });
    if (!book.account) throw new Error(`this book has no account ${code}`);
    const { statement } = book.account;
    $('statement').dataset.code = code;
    $('statement-title').textContent = `${book.account.code} ${book.account.name} (${book.account.currency}): opening ${statement.opening}, closing ${statement.closing}`;
    $('statement').querySelector('tbody').replaceChildren(...statement.lines.map((line) => {
      const tr = document.createElement('tr');
      tr.append(cell(line.date), cell(line.transaction.number), cell(line.description), cell(line.debit, 'num'), cell(line.credit, 'num'), cell(line.runningBalance, 'num'));
      return tr;
    }));
    $('statement').hidden = false;
  } catch (error) {
    status(`The statement could not be read: ${error.message}`, true);
  }
}

// ---------------------------------------------------------------- wiring
const year = new Date().getFullYear();
$('from').value = `${year}-01-01`;
$('to').value = `${year}-12-31`;
$('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  useKey($('key').value.trim());
});
$('forget').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(BOOK);
  state.live?.abort();
  state.key = null;
  $('key').value = '';
  $('book-section').hidden = true;
  status('The key is forgotten.');
});
$('book').addEventListener('change', () => openBook($('book').value));
$('statement-form').addEventListener('submit', (event) => {
  event.preventDefault();
  showStatement();
});
if (state.key) useKey(state.key);
