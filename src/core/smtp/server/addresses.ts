// Where an address leads under a policy: a local mailbox, a local list, an
// unknown local user, or another domain. RCPT, VRFY and EXPN all ask this.
import { inNetworks, type ServerPolicy } from '../policy';
import type { ServerSession } from './types';

export type Destination =
  | { kind: 'mailbox'; mailbox: string }
  | { kind: 'list'; name: string; members: string[] }
  | { kind: 'unknown' }
  | { kind: 'remote' };

/** Splits at the last "@" (a quoted local part may hold one); no "@" means a bare local part. */
export function splitAddress(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  return at < 0 ? { local: address, domain: '' } : { local: address.slice(0, at), domain: address.slice(at + 1) };
}

/**
 * Local parts are matched without regard to case, as Postfix does for its
 * local tables (RFC 5321 §2.4 lets the receiving host decide). A domain-less
 * name such as the forward-path <Postmaster> (RFC 5321 §4.1.1.3) is local.
 */
export function destination(policy: ServerPolicy, address: string): Destination {
  const { local, domain } = splitAddress(address);
  if (domain !== '' && !policy.localDomains.some((d) => d.toLowerCase() === domain.toLowerCase())) return { kind: 'remote' };
  const name = local.toLowerCase();
  const mailbox = policy.mailboxes.find((m) => m.toLowerCase() === name);
  if (mailbox !== undefined) return { kind: 'mailbox', mailbox };
  const list = Object.keys(policy.lists).find((l) => l.toLowerCase() === name);
  if (list !== undefined) return { kind: 'list', name: list, members: policy.lists[list] ?? [] };
  return { kind: 'unknown' };
}

/**
 * A list's members split into local mailboxes and remote addresses; nested
 * lists (the list itself included) expand once each, so a loop of lists
 * cannot run away.
 */
export function expandList(policy: ServerPolicy, list: { name: string; members: readonly string[] }): { mailboxes: string[]; remote: string[] } {
  const mailboxes = new Set<string>();
  const remote = new Set<string>();
  const seen = new Set([list.name]);
  const walk = (members: readonly string[]) => {
    for (const member of members) {
      const d = destination(policy, member);
      if (d.kind === 'mailbox') mailboxes.add(d.mailbox);
      else if (d.kind === 'remote') remote.add(member);
      else if (d.kind === 'list' && !seen.has(d.name)) {
        seen.add(d.name);
        walk(d.members);
      }
    }
  };
  walk(list.members);
  return { mailboxes: [...mailboxes], remote: [...remote] };
}

/** RFC 5321 §3.6.2, RFC 4954 §4: relaying is for authenticated users or trusted networks. */
export function mayRelay(s: ServerSession): boolean {
  return (s.user !== undefined && s.policy.relay.afterAuth) || inNetworks(s.peer.address, s.policy.relay.networks);
}
