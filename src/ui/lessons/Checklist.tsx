import { useId } from 'react';
import type { Verdict } from '../../core/lessons/index';
import { checklistItems } from '../../store/checklist';
import { simulatorStore } from '../../store/simulator';

/**
 * The step's check as a list of read-only checkboxes, one a clause, named by
 * its sentence and ticked once met. The mark and the words say it, not the
 * colour; the panel's live region announces each clause as it is met.
 */
export function Checklist({ verdict }: { verdict: Verdict | undefined }) {
  const base = useId();
  const leaves = checklistItems(verdict);
  const unmet = verdict?.firstUnmet;
  return (
    <section className="lp-checklist" aria-label="Checklist">
      <h3>Checklist</h3>
      <ul>
        {leaves.map((c) => (
          <li key={c.path} className={c.met ? 'is-met' : undefined}>
            <span role="checkbox" aria-checked={c.met} aria-readonly="true" aria-labelledby={`${base}-${c.path}`} className="lp-box">
              <span aria-hidden="true">{c.met ? '✓' : ''}</span>
            </span>
            <span id={`${base}-${c.path}`}>{c.sentence}</span>
            <span className="lp-state">{c.met ? 'done' : 'not yet'}</span>
          </li>
        ))}
      </ul>
      {unmet?.why && (
        <p className="lp-why">
          <strong>Not yet:</strong> {unmet.why}
          {unmet.near !== undefined && (
            <>
              {' '}
              <button type="button" className="lp-link" onClick={() => simulatorStore.getState().seek(unmet.near!)}>
                Show event {unmet.near}
              </button>
            </>
          )}
        </p>
      )}
    </section>
  );
}
