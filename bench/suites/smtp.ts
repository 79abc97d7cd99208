// smtp-throughput (one session) and smtp-throughput-parallel (20 at once):
// messages a second through the loopback MTA against
// nodemailer's smtp-server doing the same job (same client, one pipelined
// connection, 10 KB messages, each stored as the same synced mbox entry).
// smtp-memory: resident memory of the MTA, in a child process, over 10,000
// messages.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchMessage, benchWire, referenceServer } from '../smtp-reference';
import { compareTimes, result, type BenchResult, type Suite } from '../harness';
import { startMta } from '../../src/node/mta/server';
import { appendToMailbox } from '../../src/node/mta/spool';

const MESSAGES = 2000;
const MEMORY_MESSAGES = 10_000;
const PARALLEL_SESSIONS = 20;
const PARALLEL_MESSAGES = 500;

/** Reads complete SMTP replies off a socket (a reply ends with a "ddd " line). */
function replyReader(socket: Socket) {
  let buffer = '';
  const replies: string[] = [];
  let waiter: (() => void) | undefined;
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl + 1);
      buffer = buffer.slice(nl + 1);
      if (line[3] !== '-') replies.push(line);
    }
    waiter?.();
  });
  return async function take(n: number): Promise<string[]> {
    while (replies.length < n) await new Promise<void>((resolve) => (waiter = resolve));
    waiter = undefined;
    return replies.splice(0, n);
  };
}

function expectCodes(replies: string[], codes: string[]): void {
  replies.forEach((r, i) => {
    if (!r.startsWith(codes[i]!)) throw new Error(`expected ${codes[i]}, got ${r.trim()}`);
  });
}

/**
 * One connection, PIPELINING (RFC 2920): MAIL, RCPT and DATA go as one
 * group; after the 354, the content, its final dot and the next group go
 * in one write, so each message costs one round trip.
 */
async function sendPipelined(port: number, count: number, content: Buffer): Promise<void> {
  const socket = connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  const take = replyReader(socket);
  expectCodes(await take(1), ['220']);
  socket.write('EHLO bench.example\r\n');
  expectCodes(await take(1), ['250']);
  const group = 'MAIL FROM:<alice@alice.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\n';
  const data = benchWire(content);
  socket.write(group);
  expectCodes(await take(3), ['250', '250', '354']);
  for (let i = 1; i < count; i++) {
    socket.write(Buffer.concat([data, Buffer.from(group)]));
    expectCodes(await take(4), ['250', '250', '250', '354']);
  }
  socket.write(Buffer.concat([data, Buffer.from('QUIT\r\n')]));
  expectCodes(await take(2), ['250', '221']);
  socket.destroy();
}

/** The reference: smtp-server, auth-less, storing what our MTA stores (Return-Path:, Received:, synced mbox entry). */
async function startReference(spool: string): Promise<{ port: number; close(): Promise<void> }> {
  const server = referenceServer((from, content, now) => appendToMailbox(spool, 'bob', from, now, content));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function throughput(): Promise<BenchResult> {
  const ourSpool = mkdtempSync(join(tmpdir(), 'bench-ours-'));
  const theirSpool = mkdtempSync(join(tmpdir(), 'bench-theirs-'));
  const ours = await startMta({ port: 0, spool: ourSpool, quiet: true });
  const theirs = await startReference(theirSpool);
  const content = benchMessage();
  try {
    const times = await compareTimes(
      () => sendPipelined(ours.port, MESSAGES, content),
      () => sendPipelined(theirs.port, MESSAGES, content),
      5,
    );
    const rate = (ms: number) => (MESSAGES * 1000) / ms;
    return result('smtp-throughput', 'messages/s', rate(times.ours), rate(times.reference), 'smtp-server (nodemailer)', true, 'ratio ≥ 1');
  } finally {
    await ours.close();
    await theirs.close();
    rmSync(ourSpool, { recursive: true, force: true });
    rmSync(theirSpool, { recursive: true, force: true });
  }
}

/**
 * smtp-throughput-parallel: the load of Postfix's smtp-source -s 20, 20
 * sessions at once, 500 messages each, pipelined, each message synced to
 * the mailbox before its 250, against smtp-server under the same load.
 */
async function parallel(): Promise<BenchResult> {
  const ourSpool = mkdtempSync(join(tmpdir(), 'bench-par-ours-'));
  const theirSpool = mkdtempSync(join(tmpdir(), 'bench-par-theirs-'));
  const ours = await startMta({ port: 0, spool: ourSpool, quiet: true });
  const theirs = await startReference(theirSpool);
  const content = benchMessage();
  const load = (port: number) => Promise.all(Array.from({ length: PARALLEL_SESSIONS }, () => sendPipelined(port, PARALLEL_MESSAGES, content)));
  try {
    const times = await compareTimes(() => load(ours.port), () => load(theirs.port), 3);
    const rate = (ms: number) => (PARALLEL_SESSIONS * PARALLEL_MESSAGES * 1000) / ms;
    return result('smtp-throughput-parallel', 'messages/s', rate(times.ours), rate(times.reference), 'smtp-server (nodemailer), same load', true, 'ratio ≥ 1.2');
  } finally {
    await ours.close();
    await theirs.close();
    rmSync(ourSpool, { recursive: true, force: true });
    rmSync(theirSpool, { recursive: true, force: true });
  }
}

/** The child: the MTA alone in a process, answering with its resident set and live heap after a full GC. */
const CHILD = `
import { startMta } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../src/node/mta/server.ts')).href)};
const mta = await startMta({ port: 0, spool: process.env.SPOOL, quiet: true });
process.on('message', async (m) => {
  if (m === 'stop') { await mta.close(); process.exit(0); }
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  process.send({ rss, heapUsed });
});
process.send({ port: mta.port });
`;

async function memory(): Promise<BenchResult[]> {
  const spool = mkdtempSync(join(tmpdir(), 'bench-memory-'));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', CHILD], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, SPOOL: spool },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () => new Promise<unknown>((resolve) => child.once('message', resolve));
  const measure = async () => {
    const reply = next();
    child.send('measure');
    return (await reply) as { rss: number; heapUsed: number };
  };
  try {
    const { port } = (await next()) as { port: number };
    const content = benchMessage();
    await sendPipelined(port, 200, content); // warm-up: code loaded and optimised
    const base = await measure();
    await sendPipelined(port, MEMORY_MESSAGES / 2, content);
    const half = await measure();
    await sendPipelined(port, MEMORY_MESSAGES / 2, content);
    const full = await measure();
    // Growth below 0.1 MB (or a shrink) is reported as 0.1 MB: below that is
    // page-level noise, and a ratio needs a positive number.
    const mb = (bytes: number) => Math.max(bytes / 2 ** 20, 0.1);
    return [
      result('smtp-memory', 'MB RSS growth', mb(full.rss - base.rss), 50, 'goal: 50 MB (no reference library)', false, '< 50 MB after 10,000 messages'),
      // "No growth" has no ratio against zero; 1 MB is the allowance for noise.
      // RSS includes V8's young generation, which Node enlarges step by step
      // up to its cap under a high allocation rate; the live heap after a
      // full GC is what a leak would show in.
      result('smtp-memory-5k-10k', 'MB RSS growth', mb(full.rss - half.rss), 1, 'goal: no growth (1 MB allowance)', false, 'none from 5,000 to 10,000'),
      result('smtp-heap-5k-10k', 'MB live heap growth', mb(full.heapUsed - half.heapUsed), 1, 'goal: no growth (1 MB allowance)', false, 'none from 5,000 to 10,000'),
    ];
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(spool, { recursive: true, force: true });
  }
}

export const suite: Suite = {
  name: 'smtp-mta',
  async run() {
    return [await throughput(), await parallel(), ...(await memory())];
  },
};
