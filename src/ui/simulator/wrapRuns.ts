// A wire line too long for the inspector is cut into rows the panel has
// room for, each cut marked, rather than clipped: every octet stays in view
// and the line's length (its own column) still says how long it really is.

export type Run = { text: string; part?: string };

/** The runs of one line as rows of at most `columns` characters, each run keeping its part. */
export function wrapRuns(runs: readonly Run[], columns: number): Run[][] {
  const width = Math.max(8, Math.floor(columns));
  const rows: Run[][] = [[]];
  let used = 0;
  for (const run of runs) {
    let rest = run.text;
    while (rest.length > 0) {
      if (used === width) {
        rows.push([]);
        used = 0;
      }
      const take = rest.slice(0, width - used);
      rows[rows.length - 1]!.push(run.part ? { text: take, part: run.part } : { text: take });
      used += take.length;
      rest = rest.slice(take.length);
    }
  }
  return rows;
}
