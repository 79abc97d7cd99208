// A codec's error list, kept small on hostile input: 2 MB of `Q!` is a
// million bad characters, and one object each cost 95 MB of heap and a
// list no one can read. Consecutive errors with the same message become one
// with a count and a range; past ERROR_LIMIT entries the rest are only
// counted, in one last entry that says how many.
import type { CodecError } from './types';

/** Entries kept at most, the last of them the count of the rest. */
export const ERROR_LIMIT = 1000;

export class ErrorRuns {
  readonly #list: CodecError[] = [];
  #omitted: CodecError | undefined;

  push(error: CodecError): void {
    const list = this.#list;
    const last = list[list.length - 1];
    if (last && !this.#omitted && last.message === error.message && error.offset >= last.offset) {
      last.count = (last.count ?? 1) + 1;
      last.end = Math.max(last.end ?? last.offset + 1, error.offset + 1);
      return;
    }
    if (list.length < ERROR_LIMIT - 1) {
      list.push({ ...error });
      return;
    }
    if (!this.#omitted) {
      this.#omitted = { offset: error.offset, end: error.offset + 1, count: 0, message: 'more problems from here on, of any kind, not listed one by one' };
      list.push(this.#omitted);
    }
    const omitted = this.#omitted;
    omitted.count = (omitted.count ?? 0) + (error.count ?? 1);
    omitted.end = Math.max(omitted.end ?? 0, error.end ?? error.offset + 1);
  }

  get length(): number {
    return this.#list.length;
  }

  list(): CodecError[] {
    return this.#list;
  }
}

/** How many problems a list stands for, counting each run and the omitted rest. */
export function problemCount(errors: readonly CodecError[]): number {
  let n = 0;
  for (const e of errors) n += e.count ?? 1;
  return n;
}
