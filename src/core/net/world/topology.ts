// The shape of a world before it runs: hosts with names, addresses, roles
// and software, the links between them, and the DNS zone. Scenarios are
// written in these terms (as data), and createWorld turns them into a World.
import type { ClientAuth } from '../../smtp/client/types';
import type { ServerPolicy } from '../../smtp/policy';
import type { Faults } from './faults';
import type { Zone } from '../../dns/index';

export type HostRole = 'user-agent' | 'local-mta' | 'relay-mta' | 'mx' | 'mailhost' | 'dns';

/** What an MTA host runs: the engine's server policy plus the routing it does as a client. */
export type MtaSpec = {
  policy: ServerPolicy;
  /** Domains whose mail goes to a fixed host instead of their MX (Postfix's transport map). */
  transports: { domain: string; via: string }[];
  /** Where all other non-local mail goes; without one, the MTA looks up the MX itself. */
  smarthost?: string;
  /** Credentials for AUTH at the smarthost (RFC 4954). */
  auth?: ClientAuth;
  /** Seconds to wait before each retry of a deferred message; after the last, it bounces (RFC 5321 §4.5.4.1). */
  retryDelays: number[];
  /** More Received: headers than this means a loop (RFC 5321 §6.3). */
  maxHops: number;
};

export type HostSpec = {
  /** Full name, always shown as is: 'mx1.bob.example'. */
  name: string;
  /** IPv4 address from the documentation ranges (RFC 5737). */
  address: string;
  role: HostRole;
  /** Short role description for the topology: 'local MTA'. */
  label: string;
  /** Login users; the first is the one the shell runs as. */
  users: string[];
  mta?: MtaSpec;
  /** For a host without its own MTA: where `mail` and the compose form submit (RFC 6409). */
  submitTo?: string;
};

export type Link = { a: string; b: string; /** One-way delay in ms. */ latency: number };

export type WorldSpec = {
  /** Simulated time at the start, ms since the epoch. */
  start: number;
  hosts: (HostSpec & { faults?: Partial<Faults> })[];
  links: Link[];
  zone: Zone;
  nameServer: string;
};
