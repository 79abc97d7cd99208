// New sessions and transactions made from old ones, field by field.
//
// `{ ...s }` says the same, but V8 (Node 20) clones an object that was itself
// made by a spread through a slow path: over a microsecond for a session,
// where a literal copy takes a few dozen nanoseconds. Each step starts from a
// copy of the session before it, so the spread was paid once a step. An
// optional field left undefined is simply absent, as when a literal leaves
// it out.
import type { ServerSession, Transaction } from './types';

/** The working copy a step changes; nested values are replaced, never mutated. */
export function copySession(s: ServerSession): ServerSession {
  const c: ServerSession = {
    policy: s.policy,
    peer: s.peer,
    mode: s.mode,
    greeted: s.greeted,
    heloName: s.heloName,
    tls: s.tls,
    pending: s.pending,
    overlong: s.overlong,
    accepted: s.accepted,
  };
  if (s.user !== undefined) c.user = s.user;
  if (s.auth !== undefined) c.auth = s.auth;
  if (s.transaction !== undefined) c.transaction = s.transaction;
  if (s.data !== undefined) c.data = s.data;
  if (s.queueIdBase !== undefined) c.queueIdBase = s.queueIdBase;
  if (s.contentRecords !== undefined) c.contentRecords = s.contentRecords;
  return c;
}

/** The transaction with some of its fields replaced. */
export function withTransaction(t: Transaction, patch: Pick<Partial<Transaction>, 'recipients' | 'refused'>): Transaction {
  const c: Transaction = { mailFrom: t.mailFrom, mailParams: t.mailParams, recipients: patch.recipients ?? t.recipients, refused: patch.refused ?? t.refused };
  if (t.body !== undefined) c.body = t.body;
  return c;
}
