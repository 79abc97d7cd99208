// The core's explain steps, in input order. Hovering or focusing a step
// lights up its characters in the input and its bytes in the output.
import type { ExplainStep } from '../../core';

/** Steps drawn at most: the rest are summarised (a 1 MB input has ~250,000). */
const STEP_LIMIT = 400;

type Props = {
  steps: ExplainStep[];
  encoded: string;
  /** The step's output as shown: hex bytes, or text with invisible characters made visible. */
  decoded(step: ExplainStep): string;
  active: number | undefined;
  onActive(index: number | undefined): void;
};

export function show(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/ /g, '␣');
}

export function StepsList({ steps, encoded, decoded, active, onActive }: Props) {
  const shown = steps.slice(0, STEP_LIMIT);
  return (
    <section className="pg-steps" aria-labelledby="pg-steps-title">
      <h2 id="pg-steps-title">
        Steps <span className="pg-count">{steps.length.toLocaleString('en')}</span>
      </h2>
      <ol onMouseLeave={() => onActive(undefined)}>
        {shown.map((step, i) => {
          const source = encoded.slice(step.input.start, step.input.end);
          return (
            <li
              key={i}
              tabIndex={0}
              className={`pg-step kind-${step.kind}${active === i ? ' active' : ''}`}
              aria-current={active === i ? 'step' : undefined}
              onMouseEnter={() => onActive(i)}
              onFocus={() => onActive(i)}
              onBlur={() => onActive(undefined)}
            >
              <code className="pg-step-in">{show(source.length > 40 ? `${source.slice(0, 40)}…` : source)}</code>
              <span className="pg-step-arrow" aria-hidden="true">
                →
              </span>
              <code className="pg-step-out">{decoded(step)}</code>
              <span className="pg-step-kind">{step.kind}</span>
              <span className="pg-step-note">{step.note}</span>
            </li>
          );
        })}
      </ol>
      {steps.length > shown.length && (
        <p className="pg-more">
          The first {STEP_LIMIT} steps are listed; {(steps.length - STEP_LIMIT).toLocaleString('en')} more follow the same rules.
        </p>
      )}
    </section>
  );
}
