// The step the builder shows: its words beside the preview, the author's own
// hints (the exact last one is written from the solution), the check as
// clause forms, the predictions, and what was recorded as its solution.
import { useId } from 'react';
import { clausesOf, commandText, editStep, replaceClause, replacePrediction, typedLines, type Lesson, type LessonStep, type StepText } from '../../core/lessons/index';
import type { ScenarioStep } from '../../core/scenarios/index';
import { editLessonFields } from '../../store/builder';
import { ClauseForm } from './ClauseForm';
import { TextField } from './TextField';

const TEXTS: readonly { key: 'say' | 'task' | 'solved' | 'notes'; label: string; multiline?: boolean }[] = [
  { key: 'say', label: 'What to read', multiline: true },
  { key: 'task', label: 'What to do (one sentence)' },
  { key: 'solved', label: 'Shown once solved' },
  { key: 'notes', label: 'Notes for the presenter', multiline: true },
];

export function StepEditor({ index, step }: { index: number; step: LessonStep }) {
  const id = useId();
  const edit = (change: StepText) => editLessonFields((l) => editStep(l, index, change));
  const lesson = (f: (l: Lesson) => Lesson) => editLessonFields(f);
  const own = step.hints.filter((h) => !h.exact);
  const exact = step.hints.find((h) => h.exact);
  const clauses = clausesOf(step.check);
  return (
    <div className="bd-step">
      {TEXTS.map((t) => (
        <div className="bd-field" key={t.key}>
          <label htmlFor={`${id}-${t.key}`}>{t.label}</label>
          <TextField id={`${id}-${t.key}`} value={step[t.key] ?? ''} multiline={t.multiline} onChange={(text) => edit({ [t.key]: text })} />
        </div>
      ))}

      <h4>Hints</h4>
      <ol className="bd-hints">
        {own.map((h, i) => (
          <li key={i}>
            <label className="sr-only" htmlFor={`${id}-hint-${i}`}>
              Hint {i + 1}
            </label>
            <TextField id={`${id}-hint-${i}`} value={h.text} onChange={(text) => edit({ hints: own.map((x, k) => (k === i ? { ...x, text } : x)) })} />
            <button type="button" onClick={() => edit({ hints: own.filter((_, k) => k !== i) })}>
              Remove hint {i + 1}
            </button>
          </li>
        ))}
        {exact && <li className="bd-note">Last, the exact input (from the solution): {exact.text}</li>}
      </ol>
      <button type="button" onClick={() => edit({ hints: [...own, { text: '', afterAttempts: own.length + 1 }] })}>
        Add hint
      </button>

      <h4>Check</h4>
      {clauses.length === 0 && <p className="bd-note">No clause yet. Select an event in the timeline (a reply, a delivery) and press Pin.</p>}
      {clauses.map((c, k) => (
        <ClauseForm key={k} n={k + 1} clause={c} onChange={(next) => lesson((l) => replaceClause(l, index, k, next))} onRemove={() => lesson((l) => replaceClause(l, index, k, undefined))} />
      ))}

      <h4>Predictions</h4>
      {!step.predictions?.length && <p className="bd-note">None. Select a server reply and press Pause here: learners guess it before they see it.</p>}
      {step.predictions?.map((p, k) => (
        <fieldset className="bd-clause" key={k}>
          <legend>
            Before {p.server} answers {commandText(p.command)}
          </legend>
          <div className="bd-field">
            <label htmlFor={`${id}-why-${k}`}>Why this is the reply (shown after the guess)</label>
            <TextField id={`${id}-why-${k}`} value={p.why} multiline onChange={(why) => lesson((l) => replacePrediction(l, index, k, { ...p, why }))} />
          </div>
          <button type="button" onClick={() => lesson((l) => replacePrediction(l, index, k, undefined))}>
            Remove prediction {k + 1}
          </button>
        </fieldset>
      ))}

      <h4>Solution</h4>
      {step.solution.length === 0 ? <p className="bd-note">Nothing recorded yet: type in the terminal, or use Compose or Faults.</p> : <Recorded steps={step.solution} />}
    </div>
  );
}

/** What the step's `Show me` will play, as the author did it. */
export function Recorded({ steps }: { steps: readonly ScenarioStep[] }) {
  return (
    <ol className="bd-solution" aria-label="Recorded solution">
      {steps.flatMap((s, i) => {
        const typed = typedLines(s);
        if (typed) {
          return typed.lines.map((line, k) => (
            <li key={`${i}-${k}`}>
              <code>{line === '' ? '(empty line)' : line}</code> <span className="bd-host">at {typed.host}</span>
            </li>
          ));
        }
        return [<li key={i}>{s.type !== 'input' ? 'Wait until the world is idle' : s.input.type === 'compose' ? `Compose: a message to ${s.input.draft.to.join(', ')}` : s.input.type === 'faults' ? `Faults switched on ${s.input.host}` : `An .eml handed to ${s.input.host}`}</li>];
      })}
    </ol>
  );
}
