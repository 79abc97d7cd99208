// The field-by-field copies must carry every field: each fixture below names
// every field of its type (Required<>), so a new field fails to compile here
// until it is added, and then fails the test until the copy carries it.
import { describe, expect, it } from 'vitest';
import { append, emptyList } from '../append-list';
import { defaultPolicy } from '../policy';
import { copySession, withTransaction } from './state';
import type { ServerSession, Transaction } from './types';

const transaction: Required<Transaction> = {
  mailFrom: 'a@a.example',
  mailParams: [{ name: 'BODY', value: '8BITMIME' }],
  body: '8BITMIME',
  recipients: append(emptyList(), { address: 'b@b.example', params: [], mailboxes: ['b'], remote: [] }),
  refused: 2,
};

const session: Required<ServerSession> = {
  policy: defaultPolicy,
  peer: { address: '192.0.2.1' },
  mode: 'data',
  greeted: 'ehlo',
  heloName: 'c.example',
  tls: true,
  user: 'alice',
  auth: { mechanism: 'LOGIN', username: 'alice' },
  transaction,
  data: { chunks: emptyList(), size: 1, tooBig: false, midLine: true, bareCr: false },
  pending: Uint8Array.of(13),
  overlong: true,
  accepted: 3,
  queueIdBase: 'Z1Z',
  contentRecords: false,
};

describe('server state copies', () => {
  it('carry every field of a session and of a transaction', () => {
    expect(copySession(session)).toStrictEqual(session);
    expect(copySession(session)).not.toBe(session);
    expect(withTransaction(transaction, {})).toStrictEqual(transaction);
  });

  it('replace what the patch names, and only that', () => {
    expect(withTransaction(transaction, { refused: 3 })).toStrictEqual({ ...transaction, refused: 3 });
    const { body: _b, ...plain } = transaction;
    expect(withTransaction(plain, { recipients: emptyList() })).toStrictEqual({ ...plain, recipients: emptyList() });
  });

  it('leave absent optional fields absent', () => {
    const { user: _u, auth: _a, transaction: _t, data: _d, queueIdBase: _q, contentRecords: _c, ...bare } = session;
    expect(Object.keys(copySession(bare)).sort()).toEqual(Object.keys(bare).sort());
  });
});
