import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMbox } from '../../core/mbox/index';
import { appendToMailbox, queueForRelay, queueId } from './spool';

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
    expect(entries.map((e) => Buffer.from(e.content).toString())).toEqual(Array.from({ length: 20 }, (_, i) => `Subject: ${i}\r\n\r\nFrom ${i}\r\n`));
    expect(readFileSync(join(spool, 'bob'), 'latin1')).toContain('\r\n>From 0\r\n\n');
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
    const id = await queueForRelay(spool, envelope, enc('Subject: out\r\n\r\nhi\r\n'), T, { address: '127.0.0.1' });
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

  it('gives ids that sort by time and do not collide', () => {
    const ids = Array.from({ length: 100 }, () => queueId(T));
    expect(new Set(ids).size).toBe(100);
    expect(queueId(T) < queueId(T + 1000)).toBe(true);
  });
});
