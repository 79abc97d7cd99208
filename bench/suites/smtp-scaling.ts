// smtp-data-lines and smtp-rcpt-many: the server machine fed one line a step
// (a client typing, or one TCP segment a line) at n, 2n and 4n lines;
// smtp-client-rcpt-many: the client machine reading n RCPT replies. Each
// step works on an immutable session, so copying what it gathered made both
// quadratic (issue 11 §3.2, §3.3). Reported as the growth of the time from
// n to 4n; linear work grows 4×, which is the reference.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { result, type BenchResult, type Suite } from '../harness';
import { defaultPolicy, openSession, startClient, stepClient, stepSession, type ServerSession } from '../../src/core/smtp/index';

const encoder = new TextEncoder();

function feed(state: ServerSession, lines: Uint8Array[]): ServerSession {
  let s = state;
  for (const bytes of lines) s = stepSession(s, { type: 'bytes', bytes, now: 0 }).state;
  return s;
}

function session(policy = defaultPolicy, lines: string[]): ServerSession {
  const open = openSession(policy, { address: '127.0.0.1' }, 0).state;
  return feed(open, lines.map((l) => encoder.encode(l)));
}

/** DATA of `n` lines, one line a step. */
function dataLines(n: number): () => void {
  const start = session(defaultPolicy, ['EHLO bench.example\r\n', 'MAIL FROM:<alice@alice.example>\r\n', 'RCPT TO:<bob@bob.example>\r\n', 'DATA\r\n']);
  const lines = Array.from({ length: n }, (_, i) => encoder.encode(`line ${i} of the message\r\n`));
  lines.push(encoder.encode('.\r\n'));
  return () => {
    const end = feed(start, lines);
    if (end.mode !== 'command') throw new Error('DATA did not end');
  };
}

/** `n` RCPT commands under a raised recipient limit, one a step. */
function rcptLines(n: number): () => void {
  const policy = { ...defaultPolicy, maxRecipients: n };
  const start = session(policy, ['EHLO bench.example\r\n', 'MAIL FROM:<alice@alice.example>\r\n']);
  const lines = Array.from({ length: n }, (_, i) => encoder.encode(`RCPT TO:<${i % 2 ? 'bob' : 'carol'}@bob.example>\r\n`));
  return () => {
    const end = feed(start, lines);
    if (end.transaction?.recipients.length !== n) throw new Error('recipients lost');
  };
}

/** The client machine pipelining `n` recipients and reading their replies, one a step. */
function clientRcpts(n: number): () => void {
  const rcptTo = Array.from({ length: n }, (_, i) => ({ address: `u${i}@bob.example`, params: [] }));
  const replies = Array.from({ length: n + 1 }, () => encoder.encode('250 Ok\r\n'));
  return () => {
    let s = startClient({ heloName: 'bench.example', usePipelining: true, envelope: { mailFrom: 'alice@alice.example', mailParams: [], rcptTo }, content: encoder.encode('x\r\n') }).state;
    for (const text of ['220 mx\r\n', '250-mx\r\n250 PIPELINING\r\n']) s = stepClient(s, { type: 'bytes', bytes: encoder.encode(text) }).state;
    for (const bytes of replies) s = stepClient(s, { type: 'bytes', bytes }).state;
    if (s.awaiting[0]?.kind !== 'data') throw new Error('RCPT replies lost');
  };
}

const ROUNDS = 15;

/**
 * A full collection before each timed run, so no run pays for the garbage
 * of the one before it: otherwise the largest size, which fills the heap
 * soonest, pays most of the others' major collections and reads as growth.
 */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * The best time at n, 2n and 4n, the sizes taken in turn each round so that
 * drift and another process's load hit all three alike; a run of about
 * 10–40 ms is a few time slices, so one unlucky slice would otherwise read
 * as growth.
 */
function growth(name: string, n: number, work: (n: number) => () => void): BenchResult {
  const sizes = [n, 2 * n, 4 * n];
  const runs = sizes.map(work);
  const best = sizes.map(() => Infinity);
  for (let round = 0; round <= ROUNDS; round++) {
    runs.forEach((run, i) => {
      collect();
      const t0 = performance.now();
      run();
      // The first round warms up.
      if (round > 0) best[i] = Math.min(best[i]!, performance.now() - t0);
    });
  }
  return result(name, `time growth ${n / 1000}k→${(4 * n) / 1000}k`, best[2]! / best[0]!, 4, 'linear growth (4×)', false, 'growth ≤ 4.5');
}

export const suite: Suite = {
  name: 'smtp-scaling',
  async run(): Promise<BenchResult[]> {
    return [
      growth('smtp-data-lines', 10_000, dataLines),
      growth('smtp-rcpt-many', 10_000, rcptLines),
      growth('smtp-client-rcpt-many', 10_000, clientRcpts),
    ];
  },
};
