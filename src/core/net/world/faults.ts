// Faults and policies a lesson or the UI can switch on a node, as plain
// data. The world reads them where a real network would show them: a host
// that is down never answers its SYN, a greylister defers first tries, a
// slow link stretches every delay.

export type VrfyPolicy = 'answer' | 'cannot-verify' | 'disabled';

export type Faults = {
  /** The host is off: SYNs go unanswered and the sender times out (RFC 793 §3.4). */
  down: boolean;
  /** 451 4.7.1 to the first try of each (client, sender, recipient) triplet. */
  greylist: boolean;
  /** An RFC 821-only server: 500 to EHLO, the client falls back to HELO (RFC 5321 §3.2). */
  rfc821Only: boolean;
  /** The server does not offer 8BITMIME (RFC 6152), so 8-bit content must be converted before it is sent. */
  no8bitmime: boolean;
  /** VRFY and EXPN: answer, 252 "cannot verify", or 502 not implemented (RFC 5321 §3.5.3, §7.3). */
  vrfy: VrfyPolicy;
  /** Users whose mailbox is full: 452 4.2.2 at RCPT (RFC 3463 §3.3). */
  mailboxFull: string[];
  /** The server refuses to relay for anyone: 554 5.7.1. */
  relayDenied: boolean;
  /** The PTR record of this host's address names another host (forward-confirmed reverse DNS fails). */
  reverseDnsMismatch: boolean;
  /** Multiplies every delay on this host's links (1 is normal). */
  slow: number;
  /** The server offers STARTTLS (RFC 3207) and its clients use it when offered. */
  starttls: boolean;
  /** Mail composed here has its body end-to-end encrypted (an OpenPGP armoured block, RFC 4880 §6.2). */
  encryptBody: boolean;
};

export const noFaults: Faults = {
  down: false,
  greylist: false,
  rfc821Only: false,
  no8bitmime: false,
  vrfy: 'answer',
  mailboxFull: [],
  relayDenied: false,
  reverseDnsMismatch: false,
  slow: 1,
  starttls: false,
  encryptBody: false,
};

/**
 * Whether a name from outside (a shared link, a lesson file) is a switch.
 * An own key only: `in` would take `toString` or `constructor`, which every
 * object has, for switches.
 */
export function isFaultKey(key: string): key is keyof Faults {
  return Object.hasOwn(noFaults, key);
}

/** A host's faults with a change applied; unknown names are ignored and bad values fall back to the defaults instead of failing. */
export function withFaults(current: Faults, change: Partial<Faults>): Faults {
  const next = { ...current };
  for (const [key, value] of Object.entries(change)) if (isFaultKey(key)) Object.assign(next, { [key]: value });
  if (!(Number.isFinite(next.slow) && next.slow > 0)) next.slow = 1;
  if (!['answer', 'cannot-verify', 'disabled'].includes(next.vrfy)) next.vrfy = current.vrfy;
  if (!Array.isArray(next.mailboxFull)) next.mailboxFull = current.mailboxFull;
  return next;
}
