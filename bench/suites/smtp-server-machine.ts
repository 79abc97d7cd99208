// smtp-server-machine: the server session machine alone, without sockets or
// disks, against nodemailer's smtp-server fed the same bytes through an
// in-memory socket. One session, PIPELINING (RFC 2920): after the 354 the
// content, its final dot and the next MAIL/RCPT/DATA group arrive as one
// chunk, 10 KB messages. Both sides build the message with its trace fields.
import { Duplex } from 'node:stream';
import { benchMessage, benchWire, referenceServer } from '../smtp-reference';
import { result, type BenchResult, type Suite } from '../harness';
import { defaultPolicy, openSession, stepSession } from '../../src/core/smtp/index';

const MESSAGES = 2000;
const GROUP = 'MAIL FROM:<alice@alice.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\n';

/** The chunks a pipelining client sends, in order. */
function chunks(count: number): Buffer[] {
  const data = benchWire(benchMessage());
  const out = [Buffer.from('EHLO bench.example\r\n'), Buffer.from(GROUP)];
  for (let i = 1; i < count; i++) out.push(Buffer.concat([data, Buffer.from(GROUP)]));
  out.push(Buffer.concat([data, Buffer.from('QUIT\r\n')]));
  return out;
}

/** Milliseconds to run every chunk through our machine; `quiet` as the loopback MTA runs with --quiet (no record per content line). */
function runOurs(input: Buffer[], quiet = false): number {
  const t0 = performance.now();
  let step = openSession(defaultPolicy, { address: '127.0.0.1' }, 0, quiet ? { contentRecords: false } : {});
  let delivered = 0;
  for (const bytes of input) {
    step = stepSession(step.state, { type: 'bytes', bytes, now: 0 });
    for (const e of step.effects) if (e.type === 'deliver') delivered += e.content.length > 0 ? 1 : 0;
  }
  if (delivered !== input.length - 2) throw new Error(`ours delivered ${delivered}`);
  return performance.now() - t0;
}

/** A socket in memory: what the server writes resolves the waiting client. */
class MemorySocket extends Duplex {
  remoteAddress = '127.0.0.1';
  remotePort = 40000;
  localAddress = '127.0.0.1';
  localPort = 25;
  readyState = 'open';
  private replies = 0;
  private waiting: { n: number; resolve: () => void } | undefined;
  setTimeout(): this {
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  override _read(): void {}
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    // smtp-server writes whole replies; the last line of each has a space after the code.
    for (const line of chunk.toString('latin1').split('\r\n')) if (line.length >= 3 && line[3] !== '-') this.replies++;
    if (this.waiting && this.replies >= this.waiting.n) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve();
    }
    done();
  }
  until(n: number): Promise<void> {
    if (this.replies >= n) return Promise.resolve();
    return new Promise((resolve) => (this.waiting = { n, resolve }));
  }
}

/**
 * Milliseconds for smtp-server to take the same chunks, timed from its
 * greeting: it holds every new connection 100 ms to catch early talkers,
 * which is not throughput.
 */
async function runReference(input: Buffer[]): Promise<number> {
  // smtp-server's timers are unref'd; keep the process alive while it works.
  const alive = setInterval(() => {}, 1000);
  let delivered = 0;
  // The in-memory socket has no disk behind it: count what would be stored.
  const server = referenceServer((_from, content) => {
    if (content.length > 0) delivered++;
  }, () => 0);
  const socket = new MemorySocket();
  server.connect(socket as never, { remoteAddress: '127.0.0.1' } as never);
  // Replies expected after each chunk: greeting, EHLO, the first group, then per message 250 + the group.
  let expected = 1;
  await socket.until(expected);
  const t0 = performance.now();
  const perChunk = [1, 3, ...input.slice(2, -1).map(() => 4), 2];
  for (const [i, bytes] of input.entries()) {
    socket.push(bytes);
    expected += perChunk[i]!;
    await socket.until(expected);
  }
  const elapsed = performance.now() - t0;
  socket.destroy();
  clearInterval(alive);
  if (delivered !== input.length - 2) throw new Error(`reference delivered ${delivered}`);
  return elapsed;
}

export const suite: Suite = {
  name: 'smtp-server-machine',
  async run(): Promise<BenchResult[]> {
    const input = chunks(MESSAGES);
    // Interleaved, best of five after a warm-up, as compareTimes does.
    let ours = Infinity;
    let quiet = Infinity;
    let reference = Infinity;
    for (let round = 0; round < 6; round++) {
      const a = runOurs(input);
      const q = runOurs(input, true);
      const b = await runReference(input);
      if (round > 0) {
        ours = Math.min(ours, a);
        quiet = Math.min(quiet, q);
        reference = Math.min(reference, b);
      }
    }
    const perSecond = (ms: number) => (MESSAGES / ms) * 1000;
    return [
      result('smtp-server-machine', 'messages/s', perSecond(ours), perSecond(reference), 'smtp-server (in-memory socket)', true, 'ratio ≥ 1'),
      // smtp-server keeps no transcript either: the fair match for a host that shows none.
      result('smtp-server-machine-quiet', 'messages/s', perSecond(quiet), perSecond(reference), 'smtp-server (in-memory socket)', true, 'ratio ≥ 1'),
    ];
  },
};
