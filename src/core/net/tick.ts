// The workspace of one step: a shallow copy of the world that handlers
// change field by field, the actions they schedule and the one event they
// record. The world it started from is never touched, so every earlier
// world stays valid for seeking (DESIGN.md "Core contracts").
import { schedule } from './agenda';
import type { Action } from './actions';
import type { Connection } from './connection';
import type { WorldEvent } from './event';
import { nextRandom } from './random';
import type { Host, World } from './world';

export type EventDraft = Omit<WorldEvent, 'seq' | 'time' | 'ranges' | 'bytes'> & Partial<Pick<WorldEvent, 'ranges' | 'bytes'>>;

export class Tick {
  private w: World;
  private draft: EventDraft | undefined;

  constructor(world: World, now: number) {
    this.w = { ...world, now };
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
    this.w = { ...this.w, hosts: { ...this.w.hosts, [host.name]: host } };
  }

  updateHost(name: string, change: (h: Host) => Host): void {
    const h = this.w.hosts[name];
    if (h) this.setHost(change(h));
  }

  conn(id: string): Connection | undefined {
    return this.w.connections[id];
  }

  setConn(c: Connection): void {
    this.w = { ...this.w, connections: { ...this.w.connections, [c.id]: c } };
  }

  dropConn(id: string): void {
    const { [id]: _gone, ...rest } = this.w.connections;
    this.w = { ...this.w, connections: rest };
  }

  /** Schedules an action `delay` ms from now; equal times keep scheduling order. */
  later(delay: number, action: Action): void {
    const order = this.w.order + 1;
    this.w = { ...this.w, order, agenda: schedule(this.w.agenda, { time: this.w.now + Math.max(0, Math.round(delay)), order, action }) };
  }

  random(): number {
    const r = nextRandom(this.w.random);
    this.w = { ...this.w, random: r.state };
    return r.value;
  }

  /** A fresh id: 'c7' for connections, 'q12' for queue entries … */
  id(prefix: string): string {
    const n = this.w.nextId + 1;
    this.w = { ...this.w, nextId: n };
    return `${prefix}${n}`;
  }

  /** One-way delay between two hosts: the link's latency, slowed by faults, with a little seeded jitter. */
  delay(a: string, b: string): number {
    const link = this.w.links.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
    const base = link?.latency ?? 10;
    const slow = (this.host(a)?.faults.slow ?? 1) * (this.host(b)?.faults.slow ?? 1);
    return Math.max(1, Math.round(base * slow + this.random() * base * 0.2));
  }

  record(draft: EventDraft): void {
    if (this.draft) throw new Error(`one event per step: ${this.draft.kind} then ${draft.kind}`);
    this.draft = draft;
  }

  finish(): { world: World; event: WorldEvent } {
    const d = this.draft;
    if (!d) throw new Error('a step recorded no event');
    const seq = this.w.seq + 1;
    this.w = { ...this.w, seq };
    return { world: this.w, event: { ...d, seq, time: this.w.now, bytes: d.bytes ?? new Uint8Array(0), ranges: d.ranges ?? [] } };
  }
}
