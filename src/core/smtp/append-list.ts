// An immutable list with cheap appends, for what a session gathers one step
// at a time (DATA's content chunks, a transaction's recipients). The session
// is an immutable value, so copying an array on every step made DATA and
// RCPT quadratic in their number (issue 11 §3.2, §3.3).
//
// Items go into a tail of at most BLOCK; a full tail becomes one item of a
// list of blocks one level up, built the same way. An append copies at most
// BLOCK references per level (amortised: about one level), nothing is ever
// mutated, and the nesting is log_BLOCK(n) deep, so the value stays
// structured-cloneable and comparable with deep equality.

const BLOCK = 32;

export interface AppendList<T> {
  /** Full blocks of earlier items, oldest first. */
  readonly blocks?: AppendList<readonly T[]>;
  readonly tail: readonly T[];
  readonly length: number;
}

const EMPTY: AppendList<never> = { tail: [], length: 0 };

export function emptyList<T>(): AppendList<T> {
  return EMPTY;
}

export function append<T>(list: AppendList<T>, item: T): AppendList<T> {
  if (list.tail.length < BLOCK) {
    const next: AppendList<T> = { tail: [...list.tail, item], length: list.length + 1 };
    return list.blocks ? { blocks: list.blocks, ...next } : next;
  }
  return { blocks: append(list.blocks ?? emptyList<readonly T[]>(), list.tail), tail: [item], length: list.length + 1 };
}

/** The items in order, as one new array. */
export function listItems<T>(list: AppendList<T>): T[] {
  const out: T[] = [];
  if (list.blocks) for (const block of listItems(list.blocks)) for (const item of block) out.push(item);
  for (const item of list.tail) out.push(item);
  return out;
}

/** The item at `index`, without flattening. */
export function itemAt<T>(list: AppendList<T>, index: number): T | undefined {
  if (index < 0 || index >= list.length) return undefined;
  const inBlocks = list.length - list.tail.length;
  if (index >= inBlocks) return list.tail[index - inBlocks];
  return itemAt(list.blocks!, Math.floor(index / BLOCK))?.[index % BLOCK];
}

/** The first item, without flattening. */
export function firstItem<T>(list: AppendList<T>): T | undefined {
  if (!list.blocks) return list.tail[0];
  return firstItem(list.blocks)?.[0];
}
