// What the lesson still lacks, ticking as the author goes, and the last
// Test's verdict per step in the words of the clause that failed.
import type { ChecklistItem, LessonTest } from '../../core/lessons/index';
import { runTest } from '../../store/builder';
import { ChecklistRow } from '../lessons/ChecklistRow';

export function BuilderChecklist({ items, test }: { items: readonly ChecklistItem[]; test: LessonTest | undefined }) {
  return (
    <section className="lp-checklist bd-checklist" aria-label="Lesson checklist">
      <h3>Checklist</h3>
      <ul>
        {items.map((c) => (
          <ChecklistRow key={c.id} done={c.done} label={c.label} state={c.done ? 'done' : 'missing'}>
            <span>
              {c.label}
              {c.detail && !c.done && <span className="bd-detail"> {c.detail}</span>}
            </span>
          </ChecklistRow>
        ))}
      </ul>
      <button type="button" className="is-primary" onClick={runTest}>
        Test
      </button>
      {test && (
        <ol className="bd-results" aria-label="Test results">
          {test.steps.map((s, i) => (
            <li key={s.id} className={s.passes && s.bare !== 'met' && !s.lostPredictions.length ? 'is-met' : 'is-failed'}>
              <strong>Step {i + 1}:</strong> {s.passes ? '✓ the solution meets every check' : `✗ the solution fails: ${s.failing ?? 'a clause is not met'}`}
              {s.bare === 'met' && '; ✗ the bare start already meets the check, so it asks nothing of the learner'}
              {s.bare === 'fails' && s.passes && '; ✓ the bare start does not meet it'}
              {s.lostPredictions.length > 0 && `; ✗ no reply found to predict for ${s.lostPredictions.join(', ')}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
