import { useId } from 'react';
import type { Verdict } from '../../core/lessons/index';
import { checklistItems } from '../../store/checklist';
import { simulatorStore } from '../../store/simulator';
import { ChecklistRow } from './ChecklistRow';

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
          <ChecklistRow key={c.path} done={c.met} labelId={`${base}-${c.path}`} state={c.met ? 'done' : 'not yet'}>
            <span id={`${base}-${c.path}`}>{c.sentence}</span>
          </ChecklistRow>
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
