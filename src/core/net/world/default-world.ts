// The seeds' story as data (issue 5 §1): Alice on her workstation sends to
// Bob. Four MTAs take part: her local MTA, her domain's outbound relay,
// Bob's MX (with a backup at preference 20) and Bob's mailhost, which
// delivers to /var/mail/bob. Addresses come from the documentation ranges
// of RFC 5737, names from RFC 2606's .example.
import { defaultPolicy, type ServerPolicy } from '../../smtp/policy';
import type { HostSpec, Link, MtaSpec, WorldSpec } from './topology';
import { hostRecords, type DnsRecord } from '../../dns/index';

/** Simulated start: Wednesday 25 November 2026, 09:00:00 UTC. */
export const DEFAULT_START = Date.UTC(2026, 10, 25, 9, 0, 0);

export const HOSTS = {
  ws: 'ws.alice.example',
  aliceMta: 'mail.alice.example',
  aliceRelay: 'relay.alice.example',
  mx1: 'mx1.bob.example',
  mx2: 'mx2.bob.example',
  mailhost: 'mailhost.bob.example',
  ns: 'ns.example',
} as const;

const ADDRESSES: Record<string, string> = {
  [HOSTS.ws]: '192.0.2.10',
  [HOSTS.aliceMta]: '192.0.2.25',
  [HOSTS.aliceRelay]: '192.0.2.26',
  [HOSTS.mx1]: '198.51.100.25',
  [HOSTS.mx2]: '198.51.100.26',
  [HOSTS.mailhost]: '198.51.100.30',
  [HOSTS.ns]: '203.0.113.53',
};

/** A Postfix server policy for a host, with the changes of its role. */
export function policy(hostname: string, change: Partial<ServerPolicy>): ServerPolicy {
  return { ...defaultPolicy, hostname, greeting: 'ESMTP Postfix (SMTP Lab)', ...change };
}

/** An MTA with the world's retry schedule. */
export function mta(p: ServerPolicy, route: Partial<MtaSpec> = {}): MtaSpec {
  // Retries after 5, 15, 30 and 60 minutes, then a bounce (RFC 5321 §4.5.4.1 asks for at least 30 minutes between tries; shortened so a lesson sees it).
  return { policy: p, transports: [], retryDelays: [300, 900, 1800, 3600], maxHops: 25, ...route };
}

const bobPolicy: Partial<ServerPolicy> = { localDomains: ['bob.example'], mailboxes: ['bob', 'carol'], lists: { staff: ['bob@bob.example', 'carol@bob.example'] } };

const DEFAULT_HOSTS: HostSpec[] = [
  { name: HOSTS.ws, address: ADDRESSES[HOSTS.ws]!, role: 'user-agent', label: "Alice's workstation (user agent)", users: ['alice'], submitTo: HOSTS.aliceMta },
  {
    name: HOSTS.aliceMta,
    address: ADDRESSES[HOSTS.aliceMta]!,
    role: 'local-mta',
    label: 'local MTA of alice.example',
    users: ['alice'],
    mta: mta(policy(HOSTS.aliceMta, { localDomains: ['alice.example'], mailboxes: ['alice'], lists: {}, relay: { afterAuth: true, networks: ['192.0.2.0/24'] } }), { smarthost: HOSTS.aliceRelay }),
  },
  {
    name: HOSTS.aliceRelay,
    address: ADDRESSES[HOSTS.aliceRelay]!,
    role: 'relay-mta',
    label: 'outbound relay of alice.example',
    users: ['postmaster'],
    mta: mta(policy(HOSTS.aliceRelay, { localDomains: [], mailboxes: [], lists: {}, accounts: [], relay: { afterAuth: false, networks: ['192.0.2.0/24'] } })),
  },
  { name: HOSTS.mx1, address: ADDRESSES[HOSTS.mx1]!, role: 'mx', label: 'MX 10 of bob.example', users: ['postmaster'], mta: mta(policy(HOSTS.mx1, bobPolicy), { transports: [{ domain: 'bob.example', via: HOSTS.mailhost }] }) },
  { name: HOSTS.mx2, address: ADDRESSES[HOSTS.mx2]!, role: 'mx', label: 'MX 20 of bob.example (backup)', users: ['postmaster'], mta: mta(policy(HOSTS.mx2, bobPolicy), { transports: [{ domain: 'bob.example', via: HOSTS.mailhost }] }) },
  {
    name: HOSTS.mailhost,
    address: ADDRESSES[HOSTS.mailhost]!,
    role: 'mailhost',
    label: 'local MTA of bob.example (mailboxes)',
    users: ['bob', 'carol'],
    mta: mta(policy(HOSTS.mailhost, { ...bobPolicy, relay: { afterAuth: true, networks: ['198.51.100.0/24'] } })),
  },
  { name: HOSTS.ns, address: ADDRESSES[HOSTS.ns]!, role: 'dns', label: 'DNS server (A, MX, PTR)', users: ['admin'] },
];

const DEFAULT_LINKS: Link[] = [
  { a: HOSTS.ws, b: HOSTS.aliceMta, latency: 1 },
  { a: HOSTS.aliceMta, b: HOSTS.aliceRelay, latency: 1 },
  { a: HOSTS.aliceRelay, b: HOSTS.mx1, latency: 30 },
  { a: HOSTS.aliceRelay, b: HOSTS.mx2, latency: 30 },
  { a: HOSTS.mx1, b: HOSTS.mailhost, latency: 1 },
  { a: HOSTS.mx2, b: HOSTS.mailhost, latency: 1 },
  ...DEFAULT_HOSTS.filter((h) => h.name !== HOSTS.ns).map((h) => ({ a: h.name, b: HOSTS.ns, latency: 5 })),
];

const DEFAULT_RECORDS: DnsRecord[] = [
  ...DEFAULT_HOSTS.flatMap((h) => hostRecords(h.name, h.address)),
  { type: 'MX', name: 'alice.example', ttl: 3600, preference: 10, exchange: HOSTS.aliceMta },
  { type: 'MX', name: 'bob.example', ttl: 3600, preference: 10, exchange: HOSTS.mx1 },
  { type: 'MX', name: 'bob.example', ttl: 3600, preference: 20, exchange: HOSTS.mx2 },
];

export function defaultWorldSpec(): WorldSpec {
  return { start: DEFAULT_START, hosts: DEFAULT_HOSTS, links: DEFAULT_LINKS, zone: { records: DEFAULT_RECORDS, negativeTtl: 300 }, nameServer: HOSTS.ns };
}
