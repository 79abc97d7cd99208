// Postfix's own load tools against SMTP Lab (issue 11 §2): smtp-source as
// a client of the loopback MTA, smtp-sink as a server for the client
// machine. Where Postfix is not installed these tests say so and skip; to
// run them, `apt-get install postfix` (the tools ship with it).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMbox } from '../../core/mbox/index';
import { sendMany } from '../smtp-client/send-mail';
import { startMta, type RunningMta } from './server';

const run = promisify(execFile);

function tool(name: string): string | undefined {
  return ['/usr/sbin', '/usr/lib/postfix', '/usr/lib/postfix/sbin', '/usr/libexec/postfix'].map((d) => join(d, name)).find((p) => existsSync(p));
}

const SOURCE = tool('smtp-source');
const SINK = tool('smtp-sink');

let spool: string;
let mta: RunningMta | undefined;
beforeEach(() => {
  spool = mkdtempSync(join(tmpdir(), 'mta-postfix-'));
});
afterEach(async () => {
  await mta?.close();
  mta = undefined;
  rmSync(spool, { recursive: true, force: true });
});

function skipWithout(path: string | undefined, name: string, skip: () => void): path is string {
  if (path) return true;
  console.log(`skipped: Postfix's ${name} is not installed (apt-get install postfix)`);
  skip();
  return false;
}

describe('Postfix tools', () => {
  it('smtp-source, 5 sessions of 20 pipelined 10 KB messages each, delivers every one whole into the mbox', async (ctx) => {
    if (!skipWithout(SOURCE, 'smtp-source', ctx.skip)) return;
    mta = await startMta({ port: 0, spool, quiet: true });
    await run(SOURCE, ['-d', '-s', '5', '-m', '100', '-l', '10240', '-M', 'source.example', '-f', 'alice@alice.example', '-t', 'bob@bob.example', `127.0.0.1:${mta.port}`], { timeout: 30_000 });
    const { entries, errors } = parseMbox(readFileSync(join(spool, 'bob')));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(100);
    for (const e of entries) {
      expect(e.sender).toBe('alice@alice.example');
      expect(Buffer.from(e.content).toString('latin1')).toMatch(/^Return-Path: <alice@alice\.example>\nReceived: from source\.example /);
    }
  });

  it('the client machine delivers 50 messages on one pipelined connection to smtp-sink', async (ctx) => {
    if (!skipWithout(SINK, 'smtp-sink', ctx.skip)) return;
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const a = probe.address();
        probe.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
      });
    });
    // As root, smtp-sink insists on a user to drop to.
    const asRoot = process.getuid?.() === 0 ? ['-u', 'nobody'] : [];
    const sink = spawn(SINK, [...asRoot, `127.0.0.1:${port}`, '10'], { stdio: ['ignore', 'ignore', 'inherit'] });
    try {
      // Until it listens: a probe that can still bind the port means not yet.
      const free = () => new Promise<boolean>((resolve) => {
        const s = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
      });
      for (let i = 0; i < 100 && (await free()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const content = new TextEncoder().encode(`Subject: to the sink\r\n\r\n${'line\r\n'.repeat(2000)}`);
      const messages = Array.from({ length: 50 }, () => ({ envelope: { mailFrom: 'alice@alice.example', mailParams: [], rcptTo: [{ address: 'bob@bob.example', params: [] }] }, content }));
      const reports = await sendMany('127.0.0.1', port, { heloName: 'lab.example', usePipelining: true }, messages);
      expect(reports.map((r) => r.recipients[0]!.status), JSON.stringify(reports[0])).toEqual(Array(50).fill('delivered'));
    } finally {
      sink.kill();
    }
  });
});
