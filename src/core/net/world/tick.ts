// The workspace of one step: a shallow copy of the world that handlers
// change field by field, the actions they schedule and the one event they
// record. The world it started from is never touched, so every earlier
// world stays valid for seeking (DESIGN.md "Core contracts").
import { insert, schedule, type Scheduled } from './agenda';
import type { Action } from './actions';
import type { Cause } from './causes';
import type { Connection } from './connection';
import type { WorldEvent } from './event';
import { nextRandom } from './random';
import type { Host, World } from './world';

export type EventDraft = Omit<WorldEvent, 'seq' | 'time' | 'ranges' | 'bytes'> & Partial<Pick<WorldEvent, 'ranges' | 'bytes'>>;

/** The one place that maps an action or a cause to its handler (net/dispatch.ts), handed to each tick so that no room imports it. */
export type Dispatch = (t: Tick, what: Action | Cause) => void;

export class Tick {
  /** This step's own shallow copy of the world; nested records are copied on their first change. */
  private w: World;
  private own = { hosts: false, connections: false, agenda: false };
  private draft: EventDraft | undefined;

  /** `ownsAgenda`: the caller handed over an agenda array no one else holds, so it may be changed in place. */
  constructor(world: World, now: number, private readonly dispatch: Dispatch, ownsAgenda = false) {
    this.w = { ...world, now };
    this.own.agenda = ownsAgenda;
  }

  get now(): number {
    return this.w.now;
  }

  get world(): World {
    return this.w;
  }

  host(name: string): Host | undefined {
    return this.w.hosts[name];
  }

  setHost(host: Host): void {
    if (!this.own.hosts) {
      this.w.hosts = { ...this.w.hosts };
      this.own.hosts = true;
    }
    (this.w.hosts as Record<string, Host>)[host.name] = host;
  }

  updateHost(name: string, change: (h: Host) => Host): void {
    const h = this.w.hosts[name];
    if (h) this.setHost(change(h));
  }

  conn(id: string): Connection | undefined {
    return this.w.connections.get(id);
  }

  private connections(): Map<string, Connection> {
    if (!this.own.connections) {
      this.w.connections = new Map(this.w.connections);
      this.own.connections = true;
    }
    return this.w.connections as Map<string, Connection>;
  }

  setConn(c: Connection): void {
    this.connections().set(c.id, c);
  }

  dropConn(id: string): void {
    this.connections().delete(id);
  }

  /** Schedules an action `delay` ms from now; equal times keep scheduling order. */
  later(delay: number, action: Action): void {
    this.w.order += 1;
    const item = { time: this.w.now + Math.max(0, Math.round(delay)), order: this.w.order, action };
    if (this.own.agenda) insert(this.w.agenda as Scheduled<Action>[], item);
    else {
      this.w.agenda = schedule(this.w.agenda, item);
      this.own.agenda = true;
    }
  }

  /** Makes something happen now in another concept: the dispatcher routes it to its handler before this returns. */
  cause(what: Cause): void {
    this.dispatch(this, what);
  }

  random(): number {
    const r = nextRandom(this.w.random);
    this.w.random = r.state;
    return r.value;
  }

  /** A fresh id: 'c7' for connections, 'q12' for queue entries … */
  id(prefix: string): string {
    this.w.nextId += 1;
    return `${prefix}${this.w.nextId}`;
  }

  /** One-way delay between two hosts: the link's latency, slowed by faults, with a little seeded jitter. */
  delay(a: string, b: string): number {
    const link = this.w.links.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
    const base = link?.latency ?? 10;
    const slow = (this.host(a)?.faults.slow ?? 1) * (this.host(b)?.faults.slow ?? 1);
    return Math.max(1, Math.round(base * slow + this.random() * base * 0.2));
  }

  /** Whether this step has its event already. */
  get recorded(): boolean {
    return this.draft !== undefined;
  }

  record(draft: EventDraft): void {
    if (this.draft) throw new Error(`one event per step: ${this.draft.kind} then ${draft.kind}`);
    this.draft = draft;
  }

  finish(): { world: World; event: WorldEvent } {
    const d = this.draft;
    if (!d) throw new Error('a step recorded no event');
    this.w.seq += 1;
    return { world: this.w, event: { ...d, seq: this.w.seq, time: this.w.now, bytes: d.bytes ?? new Uint8Array(0), ranges: d.ranges ?? [] } };
  }
}
