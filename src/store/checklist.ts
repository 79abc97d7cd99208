// The items of a checklist, from a verdict's clauses: each leaf, except that
// a `not` is one item of its own ("without mail", "no VRFY sent"). The
// clause inside a `not` says the opposite of what is wanted, so listing it
// as a box to tick would ask the learner to do the very thing refused.
import type { ClauseVerdict, Verdict } from '../core/lessons/index';

export function checklistItems(verdict: Verdict | undefined): ClauseVerdict[] {
  const clauses = verdict?.clauses ?? [];
  const nots = clauses.filter((c) => c.type === 'not').map((c) => c.path);
  const inside = (c: ClauseVerdict) => nots.some((p) => c.path !== p && (p === '' || c.path.startsWith(`${p}.`)));
  return clauses.filter((c) => (c.leaf || c.type === 'not') && !inside(c));
}
