import type { LessonStep } from '../../core/lessons/index';
import { openHint } from '../../store/lessonsRunner';
import { useHints } from './useLessonStep';

/** The hint ladder on demand: each rung once it is unlocked, the last one the exact input. */
export function Hints({ step }: { step: LessonStep }) {
  const h = useHints();
  if (!h || h.total === 0) return null;
  const more = h.shown < h.total;
  const locked = more && h.shown >= h.unlocked;
  return (
    <section className="lp-hints" aria-label="Hints">
      {h.shown > 0 && (
        <ol>
          {step.hints.slice(0, h.shown).map((hint, i) => (
            <li key={i}>{hint.exact ? <pre>{hint.text}</pre> : hint.text}</li>
          ))}
        </ol>
      )}
      {more && (
        <p>
          <button type="button" aria-disabled={locked} onClick={() => !locked && openHint()}>
            {h.shown === 0 ? 'Hint' : 'Another hint'} ({h.shown + 1} of {h.total})
          </button>
          {locked && <span className="lp-note"> Opens after another try, or in a little while.</span>}
        </p>
      )}
    </section>
  );
}
