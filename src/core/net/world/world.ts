// The world as one immutable value: the clock, the seeded random source,
// the agenda of what happens next, the hosts with their queues, mailboxes,
// resolver caches and shells, the DNS zone and the open TCP connections.
// `step` and `applyInput` return a new world and exactly one event record,
// so the log and the worlds line up one to one (see timeline.ts).
import type { Agenda } from './agenda';
import type { Connection } from './connection';
import type { Faults } from './faults';
import type { HostSpec, Link } from './topology';
import type { QueueEntry } from './queue';
import type { DnsCache } from '../../dns/index';
import type { RandomState } from './random';
import type { Action } from './actions';
import type { Zone } from '../../dns/index';
import type { ShellState } from '../../shell/types';
import type { MailLog } from './mail-log';

export type Host = HostSpec & {
  faults: Faults;
  dns: DnsCache;
  queue: readonly QueueEntry[];
  /**
   * /var/mail/<user>, one mbox entry (RFC 4155) per delivered message, so
   * that a delivery appends a reference instead of copying the file
   * (mailboxBytes gives the file).
   */
  mailboxes: Readonly<Record<string, readonly Uint8Array[]>>;
  shell: ShellState;
  /** /var/log/mail.log (empty on a host without an MTA); mailLogLines gives its lines. */
  mailLog: MailLog;
  /** Greylisting triplets already seen, with the time of their first try. */
  greylist: Readonly<Record<string, number>>;
};

export type World = {
  seed: number;
  now: number;
  random: RandomState;
  /** Events recorded so far; the next one gets seq + 1. */
  seq: number;
  /** Tie-breaker for things scheduled at the same instant. */
  order: number;
  /** Counter behind connection, queue and DNS ids. */
  nextId: number;
  agenda: Agenda<Action>;
  zone: Zone;
  /** The host that answers DNS questions. */
  nameServer: string;
  hosts: Readonly<Record<string, Host>>;
  links: readonly Link[];
  connections: ReadonlyMap<string, Connection>;
};

/** The host with that name or address, if the world has one. */
export function findHost(world: World, nameOrAddress: string): Host | undefined {
  const key = nameOrAddress.trim().toLowerCase().replace(/\.$/, '');
  return world.hosts[key] ?? Object.values(world.hosts).find((h) => h.address === key);
}
