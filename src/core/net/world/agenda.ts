// The discrete-event agenda: what will happen, when. An immutable list kept
// sorted by (time, order); `order` is a counter the world hands out, so two
// things due at the same instant always happen in the order they were
// scheduled, which keeps one seed to one log.

export type Scheduled<A> = { time: number; order: number; action: A };
export type Agenda<A> = readonly Scheduled<A>[];

function before(a: Scheduled<unknown>, b: Scheduled<unknown>): boolean {
  return a.time < b.time || (a.time === b.time && a.order < b.order);
}

function place<A>(agenda: Agenda<A>, item: Scheduled<A>): number {
  let lo = 0;
  let hi = agenda.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(agenda[mid]!, item)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A new agenda with the item in its place. */
export function schedule<A>(agenda: Agenda<A>, item: Scheduled<A>): Agenda<A> {
  const copy = agenda.slice();
  copy.splice(place(agenda, item), 0, item);
  return copy;
}

/** Puts the item in its place in an agenda array the caller owns (a step's private copy). */
export function insert<A>(agenda: Scheduled<A>[], item: Scheduled<A>): void {
  agenda.splice(place(agenda, item), 0, item);
}

/** The first item due and the agenda without it, or undefined when nothing is left. */
export function takeNext<A>(agenda: Agenda<A>): { item: Scheduled<A>; rest: Agenda<A> } | undefined {
  const item = agenda[0];
  return item ? { item, rest: agenda.slice(1) } : undefined;
}
