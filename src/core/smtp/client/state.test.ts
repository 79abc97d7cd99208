// The field-by-field copies must carry every field: each fixture below names
// every field of its type (Required<>), so a new field fails to compile here
// until it is added, and then fails the test until the copy carries it.
import { describe, expect, it } from 'vitest';
import { emptyList } from '../append-list';
import { withSession, withTransaction } from './state';
import type { ClientSession, Transaction } from './types';

const reply = { code: 250, lines: ['ok'] };

const transaction: Required<Transaction> = {
  envelope: { mailFrom: 'a@a.example', mailParams: [], rcptTo: [{ address: 'b@b.example', params: [] }] },
  rcptReplies: emptyList(),
  accepted: 1,
  fate: { status: 'delivered', reply, from: 1 },
  mailReply: reply,
  messageReply: reply,
  error: 'e',
  wire: Uint8Array.of(46, 13, 10),
  size: 0,
  eightBit: true,
  pipelined: true,
  settled: true,
};

const session: Required<ClientSession> = {
  options: { heloName: 'c.example', envelope: transaction.envelope, content: new Uint8Array(0) },
  reader: { partial: new Uint8Array(0), pending: [] },
  awaiting: [{ kind: 'quit' }],
  esmtp: true,
  extensions: { keywords: ['PIPELINING'], auth: [] },
  tls: 'on',
  authenticated: true,
  refused: { reply, error: 'refused' },
  transaction,
  report: { recipients: [] },
  phase: 'closing',
};

describe('client state copies', () => {
  it('carry every field of a session and of a transaction', () => {
    expect(withSession(session, {})).toStrictEqual(session);
    expect(withTransaction(transaction, {})).toStrictEqual(transaction);
    expect(withSession(session, {})).not.toBe(session);
  });

  it('apply a patch as a spread does, leaving the original alone', () => {
    const patch = { phase: 'idle' as const, awaiting: [] };
    expect(withSession(session, patch)).toStrictEqual({ ...session, ...patch });
    expect(withTransaction(transaction, { settled: false, error: 'x' })).toStrictEqual({ ...transaction, settled: false, error: 'x' });
    expect(session.phase).toBe('closing');
  });

  it('leave absent optional fields absent', () => {
    const { refused: _r, report: _p, ...bare } = session;
    expect(Object.keys(withSession(bare, { phase: 'done' })).sort()).toEqual(Object.keys(bare).sort());
  });
});
