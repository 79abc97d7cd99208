// The loopback MTA against hostile and unlucky conditions (issue 11 §2):
// clients that drip bytes (slowloris), one address taking every slot, a
// full disk, and the queue id the client is told naming the file on disk.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMta, type RunningMta, type StartOptions } from './server';

let spool: string;
let mta: RunningMta | undefined;

beforeEach(() => {
  spool = mkdtempSync(join(tmpdir(), 'mta-hard-'));
});
afterEach(async () => {
  await mta?.close();
  mta = undefined;
  rmSync(spool, { recursive: true, force: true });
});

async function start(options: StartOptions = {}): Promise<number> {
  mta = await startMta({ port: 0, spool, quiet: true, ...options });
  return mta.port;
}

/** A client that sees every reply line and can wait for one matching a pattern, or for the close. */
function client(port: number, localAddress = '127.0.0.1') {
  const socket: Socket = connect({ port, host: '127.0.0.1', localAddress });
  socket.setEncoding('latin1');
  let received = '';
  const waiters: (() => void)[] = [];
  socket.on('data', (s: string) => {
    received += s;
    waiters.splice(0).forEach((w) => w());
  });
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())));
  const until = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const m = received.match(pattern);
        if (m) resolve(m[0]);
        else waiters.push(check);
      };
      void closed.then(() => reject(new Error(`closed without ${pattern}: ${received}`)));
      check();
    });
  return { socket, closed, until, received: () => received };
}

/** Whether this machine lets a socket bind 127.0.0.2 (Linux routes all of 127/8 to lo). */
async function secondLoopback(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(0, '127.0.0.2', () => probe.close(() => resolve(true)));
  });
}

const SESSION = ['EHLO good.example', 'MAIL FROM:<alice@alice.example>', 'RCPT TO:<bob@bob.example>', 'DATA', 'Subject: fine\r\n\r\nhello\r\n.', 'QUIT'];

/** Runs a whole polite session, each line after the previous reply; returns the reply codes. */
async function goodSession(port: number, localAddress: string): Promise<string[]> {
  const c = client(port, localAddress);
  await c.until(/^220 .*\r\n/);
  for (const [i, line] of SESSION.entries()) {
    c.socket.write(`${line}\r\n`);
    // Whole replies so far: the greeting and one for each line sent.
    await c.until(new RegExp(`^(?:(?:\\d{3}-[^\\r]*\\r\\n)*\\d{3} [^\\r]*\\r\\n){${i + 2}}`));
  }
  await c.closed;
  return c.received().split('\r\n').filter((l) => /^\d{3} /.test(l)).map((l) => l.slice(0, 3));
}

describe('deadlines (slowloris)', () => {
  it('closes a client dripping a command line one byte at a time with 421 4.4.2 at the line deadline, while another address gets served', async (ctx) => {
    if (!(await secondLoopback())) {
      console.log('skipped: 127.0.0.2 cannot be bound here, so a second client address cannot be shown');
      return ctx.skip();
    }
    const port = await start({ lineDeadline: 1, idleTimeout: 300 });
    const slow = client(port);
    await slow.until(/^220 .*\r\n/);
    const t0 = performance.now();
    const line = 'EHLO slowly.example\r\n';
    let i = 0;
    const drip = setInterval(() => i < line.length && !slow.socket.destroyed && slow.socket.write(line[i++]!), 150);
    try {
      const [good, closedAt] = await Promise.all([goodSession(port, '127.0.0.2'), slow.closed]);
      expect(good).toEqual(['220', '250', '250', '250', '354', '250', '221']);
      expect(slow.received()).toMatch(/\r\n421 4\.4\.2 mx\.bob\.example Error: timeout exceeded\r\n$/);
      // Each byte came well within any idle timeout; the deadline still fell.
      expect(closedAt - t0).toBeGreaterThan(900);
      expect(closedAt - t0).toBeLessThan(6000);
      expect(i).toBeLessThan(line.length);
    } finally {
      clearInterval(drip);
    }
  });

  it('closes a DATA phase that does not end within the DATA deadline, however steadily lines come', async () => {
    const port = await start({ dataDeadline: 1, lineDeadline: 30 });
    const c = client(port);
    await c.until(/^220 .*\r\n/);
    c.socket.write('EHLO drip.example\r\nMAIL FROM:<alice@alice.example>\r\nRCPT TO:<bob@bob.example>\r\nDATA\r\n');
    await c.until(/354 .*\r\n/);
    const t0 = performance.now();
    const drip = setInterval(() => !c.socket.destroyed && c.socket.write('another line\r\n'), 100);
    try {
      const closedAt = await c.closed;
      expect(c.received()).toMatch(/\r\n421 4\.4\.2 [^\r]*\r\n$/);
      expect(closedAt - t0).toBeGreaterThan(900);
      expect(closedAt - t0).toBeLessThan(6000);
      expect(readdirSync(spool)).toEqual([]);
    } finally {
      clearInterval(drip);
    }
  });
});

describe('connections per client address', () => {
  it('refuses a client past its share with 421 4.7.0, while another address still connects', async (ctx) => {
    if (!(await secondLoopback())) {
      console.log('skipped: 127.0.0.2 cannot be bound here, so a second client address cannot be shown');
      return ctx.skip();
    }
    const port = await start({ maxConnectionsPerClient: 2, maxConnections: 10 });
    const held = [client(port), client(port)];
    await Promise.all(held.map((c) => c.until(/^220 /)));
    const third = client(port);
    await third.closed;
    expect(third.received()).toBe('421 4.7.0 mx.bob.example Error: too many connections from 127.0.0.1\r\n');
    const other = client(port, '127.0.0.2');
    await other.until(/^220 /);
    other.socket.destroy();
    // A slot freed is a slot again.
    held[0]!.socket.destroy();
    await held[0]!.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = client(port);
    await again.until(/^220 /);
    again.socket.destroy();
    held[1]!.socket.destroy();
  });
});

describe('queue ids', () => {
  it('names the outgoing/ files by the id of "250 … queued as ID"', async () => {
    const port = await start();
    const c = client(port);
    await c.until(/^220 .*\r\n/);
    // AUTH PLAIN alice / wonderland, then a relayed and a local message pipelined.
    c.socket.write('EHLO id.example\r\nAUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=\r\n');
    await c.until(/235 .*\r\n/);
    for (const to of ['dave@elsewhere.example', 'erin@elsewhere.example']) {
      c.socket.write(`MAIL FROM:<alice@alice.example>\r\nRCPT TO:<${to}>\r\nDATA\r\nSubject: out\r\n\r\nbye\r\n.\r\n`);
    }
    const text = await c.until(/(?:[\s\S]*queued as \w+\r\n){2}/);
    const ids = [...text.matchAll(/queued as (\w+)\r\n/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(2);
    expect(readdirSync(join(spool, 'outgoing')).sort()).toEqual(ids.flatMap((id) => [`${id}.eml`, `${id}.json`]).sort());
    expect(readFileSync(join(spool, 'outgoing', `${ids[0]}.eml`), 'latin1')).toContain(` id ${ids[0]}`);
    c.socket.destroy();
  });
});

/** A 64 KiB file system of its own, so "disk full" is a real ENOSPC; needs root (mount). */
let small: string | undefined;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'mta-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    small = dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => {
  if (!small) return;
  execFileSync('umount', [small]);
  rmSync(small, { recursive: true, force: true });
});

describe('a full disk', () => {
  it('answers 452 4.3.1 to the final dot, keeps the session, leaves no temporary file and loses nothing acknowledged', async (ctx) => {
    if (!small) {
      console.log('skipped: a small tmpfs cannot be mounted here (needs root), so a real full disk cannot be made');
      return ctx.skip();
    }
    const spoolDir = join(small, `s${Date.now()}`);
    mkdirSync(spoolDir);
    mta = await startMta({ port: 0, spool: spoolDir, quiet: true });
    const c = client(mta.port);
    await c.until(/^220 .*\r\n/);
    c.socket.write('EHLO full.example\r\nAUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=\r\n');
    await c.until(/235 .*\r\n/);
    const big = `Subject: big\r\n\r\n${'x'.repeat(70)}\r\n`.repeat(1200);
    const send = async (to: string, body: string, n: number) => {
      c.socket.write(`MAIL FROM:<alice@alice.example>\r\nRCPT TO:<${to}>\r\nDATA\r\n${body}.\r\n`);
      return (await c.until(new RegExp(`(?:[\\s\\S]*?(?:queued as \\w+|4\\d\\d 4\\.\\d\\.\\d [^\\r]*)\\r\\n){${n}}`))).split('\r\n').at(-2)!;
    };
    const small1 = await send('bob@bob.example', 'Subject: small\r\n\r\nfits\r\n', 1);
    expect(small1).toMatch(/^250 2\.0\.0 Ok: queued as/);
    expect(await send('dave@elsewhere.example', big, 2)).toBe('452 4.3.1 Insufficient system storage');
    expect(await send('bob@bob.example', big, 3)).toBe('452 4.3.1 Insufficient system storage');
    c.socket.write('NOOP\r\n');
    await c.until(/250 2\.0\.0 Ok\r\n$/);
    expect(readdirSync(join(spoolDir, 'outgoing'))).toEqual([]);
    // The acknowledged message is whole, and alone: the failed append was cut back.
    const mailbox = readFileSync(join(spoolDir, 'bob'), 'latin1');
    expect(mailbox.match(/^From /gm)).toHaveLength(1);
    expect(mailbox).toMatch(/\nfits\n\n$/);
    c.socket.destroy();
  });
});
