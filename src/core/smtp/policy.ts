// What a server is configured to do, as plain data, so that the simulator
// and the lessons can change it (turn VRFY off, lower the size limit, make
// an RFC 821-only host) without code.

export type AuthMechanism = 'LOGIN' | 'PLAIN';

/** How a server answers VRFY or EXPN (RFC 5321 §3.5.3, §7.3). */
export type DisclosurePolicy = 'answer' | '252' | '502';

export type ServerPolicy = {
  /** The server's own name: in the greeting, the HELO answer and Received:. */
  hostname: string;
  /** Greeting text after the host name: "220 mx.bob.example ESMTP SMTP Lab". */
  greeting: string;
  /** Domains whose mail this server delivers itself (lower case). */
  localDomains: string[];
  /** Local parts of the mailboxes in every local domain. */
  mailboxes: string[];
  /** Local part of a list → member addresses (local or remote). */
  lists: Record<string, string[]>;
  accounts: { user: string; password: string }[];
  relay: {
    /** An authenticated client may send to any domain (RFC 4954 §4). */
    afterAuth: boolean;
    /** Clients from these IPv4 networks ("192.0.2.0/24" or one address) may relay. */
    networks: string[];
  };
  /** What the EHLO answer offers. `esmtp: false` is an RFC 821-only server: EHLO gets 500. */
  extensions: {
    esmtp: boolean;
    size: boolean;
    eightBitMime: boolean;
    pipelining: boolean;
    enhancedStatusCodes: boolean;
    /** SASL mechanisms offered; none means no AUTH. */
    auth: AuthMechanism[];
    startTls: boolean;
    help: boolean;
  };
  vrfy: DisclosurePolicy;
  expn: DisclosurePolicy;
  /** Largest message accepted, in octets (RFC 1870); 0 means no limit. */
  maxSize: number;
  /** Recipients accepted per transaction; the next gets 452 (RFC 5321 §4.5.3.1.10). */
  maxRecipients: number;
  /** Whether the HELO name is checked against the client's reverse DNS name. */
  reverseDnsCheck: 'off' | 'warn' | 'reject';
};

/** The recipient side of the seeds' story: Bob's MX (issue 3 §3). */
export const defaultPolicy: ServerPolicy = {
  hostname: 'mx.bob.example',
  greeting: 'ESMTP SMTP Lab',
  localDomains: ['bob.example'],
  mailboxes: ['bob', 'carol'],
  // RFC 5321 §4.5.1: every domain must accept mail for postmaster.
  lists: { staff: ['bob@bob.example', 'carol@bob.example'], postmaster: ['bob@bob.example'] },
  accounts: [{ user: 'alice', password: 'wonderland' }],
  relay: { afterAuth: true, networks: [] },
  extensions: {
    esmtp: true,
    size: true,
    eightBitMime: true,
    pipelining: true,
    enhancedStatusCodes: true,
    auth: ['LOGIN', 'PLAIN'],
    startTls: false,
    help: true,
  },
  // Answered, so that learners can see what VRFY and EXPN were for; a
  // lesson switches them to 252 or 502 as most servers do today.
  vrfy: 'answer',
  expn: 'answer',
  maxSize: 10485760,
  // RFC 5321 §4.5.3.1.8: a server must accept at least 100 recipients.
  maxRecipients: 100,
  reverseDnsCheck: 'off',
};

/** The EHLO keywords this policy offers, in the order the EHLO answer lists them. */
export function ehloKeywords(policy: ServerPolicy, tlsActive: boolean): string[] {
  const x = policy.extensions;
  const lines: string[] = [];
  if (x.size) lines.push(policy.maxSize > 0 ? `SIZE ${policy.maxSize}` : 'SIZE');
  if (x.eightBitMime) lines.push('8BITMIME');
  if (x.pipelining) lines.push('PIPELINING');
  if (x.enhancedStatusCodes) lines.push('ENHANCEDSTATUSCODES');
  if (x.auth.length) lines.push(`AUTH ${x.auth.join(' ')}`);
  // RFC 3207 §4.2: once TLS is on, STARTTLS is no longer offered.
  if (x.startTls && !tlsActive) lines.push('STARTTLS');
  if (x.help) lines.push('HELP');
  return lines;
}

/** Whether an IPv4 address falls in one of the networks ("a.b.c.d/n" or a single address). */
export function inNetworks(address: string, networks: readonly string[]): boolean {
  const ip = ipv4(address);
  for (const net of networks) {
    const [base, bits] = net.split('/') as [string, string | undefined];
    if (bits === undefined) {
      if (base === address) return true;
      continue;
    }
    const b = ipv4(base);
    const n = Number(bits);
    if (ip === undefined || b === undefined || !(n >= 0 && n <= 32)) continue;
    const mask = n === 0 ? 0 : (~0 << (32 - n)) >>> 0;
    if (((ip & mask) >>> 0) === ((b & mask) >>> 0)) return true;
  }
  return false;
}

function ipv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    value = value * 256 + Number(p);
  }
  return value;
}
