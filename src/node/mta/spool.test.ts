import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMbox } from '../../core/mbox/index';
import { appendToMailbox, queueForRelay, unixLines } from './spool';

const enc = (s: string) => new TextEncoder().encode(s);
const T = Date.UTC(2026, 10, 5, 9, 4, 5);
let spool: string;

beforeEach(() => {
  spool = mkdtempSync(join(tmpdir(), 'spool-'));
});
afterEach(() => rmSync(spool, { recursive: true, force: true }));

describe('appendToMailbox', () => {
  it('appends whole mbox entries, in order, even when started together', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendToMailbox(spool, 'bob', 'a@b', T, enc(`Subject: ${i}\r\n\r\nFrom ${i}\r\n`))));
    const { entries, errors } = parseMbox(readFileSync(join(spool, 'bob')));
    expect(errors).toEqual([]);
    expect(entries.map((e) => Buffer.from(e.content).toString())).toEqual(Array.from({ length: 20 }, (_, i) => `Subject: ${i}\n\nFrom ${i}\n`));
    expect(readFileSync(join(spool, 'bob'), 'latin1')).toContain('\n>From 0\n\n');
  });

  it('writes one line ending throughout: LF, as Postfix local delivery does', async () => {
    await appendToMailbox(spool, 'bob', 'a@b', T, enc('Subject: x\r\n\r\none\r\ntwo\r\n'));
    await appendToMailbox(spool, 'bob', 'a@b', T, enc('Subject: y\r\n\r\nthree\r\n'));
    const raw = readFileSync(join(spool, 'bob'), 'latin1');
    expect(raw).not.toContain('\r');
    expect(raw).toBe('From a@b Thu Nov  5 09:04:05 2026\nSubject: x\n\none\ntwo\n\nFrom a@b Thu Nov  5 09:04:05 2026\nSubject: y\n\nthree\n\n');
  });

  it('turns CR LF into LF and nothing else', () => {
    const dec = (b: Uint8Array) => Buffer.from(b).toString('latin1');
    expect(dec(unixLines(enc('a\r\nb\r\n')))).toBe('a\nb\n');
    expect(dec(unixLines(enc('no end\r')))).toBe('no end\r');
    expect(dec(unixLines(enc('\r\n\r\n')))).toBe('\n\n');
    expect(dec(unixLines(enc('plain')))).toBe('plain');
  });

  it('keeps mailbox names inside the spool', async () => {
    await appendToMailbox(spool, '../evil', '', T, enc('x\n'));
    await appendToMailbox(spool, '..', '', T, enc('x\n'));
    expect(readdirSync(spool).sort()).toEqual(['.._evil', '_..']);
  });

  it('reports a mailbox it cannot write instead of pretending', async () => {
    mkdirSync(join(spool, 'carol'));
    await expect(appendToMailbox(spool, 'carol', 'a@b', T, enc('new\n'))).rejects.toThrow(/EISDIR/);
    // the queue for that mailbox is not stuck behind the failure
    rmSync(join(spool, 'carol'), { recursive: true });
    await appendToMailbox(spool, 'carol', 'a@b', T, enc('new\n'));
    expect(parseMbox(readFileSync(join(spool, 'carol'))).entries).toHaveLength(1);
  });
});

describe('queueForRelay', () => {
  it('writes the message and its envelope side by side, and no temporary files', async () => {
    const envelope = { mailFrom: 'alice@alice.example', mailParams: [], rcptTo: [{ address: 'dave@elsewhere.example', params: [] }] };
    const id = await queueForRelay(spool, '19A5F1C2E8DZ1Z01', envelope, enc('Subject: out\r\n\r\nhi\r\n'), T, { address: '127.0.0.1' });
    const dir = join(spool, 'outgoing');
    expect(readdirSync(dir).sort()).toEqual([`${id}.eml`, `${id}.json`]);
    expect(readFileSync(join(dir, `${id}.eml`), 'latin1')).toBe('Subject: out\r\n\r\nhi\r\n');
    expect(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'))).toEqual({
      id,
      receivedAt: '2026-11-05T09:04:05.000Z',
      client: '127.0.0.1',
      envelope,
    });
  });

  it('refuses an id that is not a plain queue id (no path can climb out)', async () => {
    const envelope = { mailFrom: '', mailParams: [], rcptTo: [] };
    await expect(queueForRelay(spool, '../x', envelope, enc('x'), T, { address: '127.0.0.1' })).rejects.toThrow(/not a queue id/);
  });
});
