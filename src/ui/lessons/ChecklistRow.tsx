import type { ReactNode } from 'react';

/** One item of a checklist: a read-only checkbox named by its words, and its state in words too (colour is never alone). */
export function ChecklistRow({ done, label, labelId, state, children }: { done: boolean; label?: string; labelId?: string; state: string; children: ReactNode }) {
  return (
    <li className={done ? 'is-met' : undefined}>
      <span role="checkbox" aria-checked={done} aria-readonly="true" aria-label={label} aria-labelledby={labelId} className="lp-box">
        <span aria-hidden="true">{done ? '✓' : ''}</span>
      </span>
      {children}
      <span className="lp-state">{state}</span>
    </li>
  );
}
