// New sessions and transactions made from old ones, field by field.
//
// `{ ...s, awaiting }` says the same, but V8 (Node 20) clones an object that
// was itself made by a spread through a slow path: over a microsecond for a
// session, where a literal copy takes a few dozen nanoseconds. The machine
// makes every state from the one before, a dozen times a message, so the
// spreads were a large part of the client's time. A patch is applied as a
// spread would (every key it has, undefined included); an optional field
// left undefined is simply absent, as it is when a literal leaves it out.
import type { ClientSession, Transaction } from './types';

export function withSession(s: ClientSession, patch: Partial<ClientSession>): ClientSession {
  const c: ClientSession = {
    options: s.options,
    reader: s.reader,
    awaiting: s.awaiting,
    esmtp: s.esmtp,
    extensions: s.extensions,
    tls: s.tls,
    authenticated: s.authenticated,
    transaction: s.transaction,
    phase: s.phase,
  };
  if (s.refused !== undefined) c.refused = s.refused;
  if (s.report !== undefined) c.report = s.report;
  return applyPatch(c, patch);
}

export function withTransaction(tx: Transaction, patch: Partial<Transaction>): Transaction {
  const c: Transaction = {
    envelope: tx.envelope,
    rcptReplies: tx.rcptReplies,
    accepted: tx.accepted,
    wire: tx.wire,
    size: tx.size,
    eightBit: tx.eightBit,
    pipelined: tx.pipelined,
    settled: tx.settled,
  };
  if (tx.fate !== undefined) c.fate = tx.fate;
  if (tx.mailReply !== undefined) c.mailReply = tx.mailReply;
  if (tx.messageReply !== undefined) c.messageReply = tx.messageReply;
  if (tx.error !== undefined) c.error = tx.error;
  return applyPatch(c, patch);
}

function applyPatch<T extends object>(copy: T, patch: Partial<T>): T {
  for (const key in patch) (copy as Record<string, unknown>)[key] = patch[key];
  return copy;
}
