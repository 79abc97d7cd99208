import { useEffect, useRef } from 'react';
import { playgroundHash, lessonHash } from '../shell/routes';
import { restartStep, showMeNow, visitPlayground } from '../../store/lessonsRunner';
import { Checklist } from './Checklist';
import { Hints } from './Hints';
import { Prediction, Revealed } from './Prediction';
import { Questions } from './Questions';
import { useLessonStep } from './useLessonStep';

const go = (hash: string) => {
  window.location.hash = hash;
};

/** The lesson's side of the workspace: what to read, what to do, the live checklist, predictions, hints and the step buttons. */
export function LessonPanel() {
  const { cur, runner } = useLessonStep();
  const top = useRef<HTMLHeadingElement>(null);
  // A new step starts at its top, wherever the last one was scrolled to.
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'nearest' });
  }, [cur?.index]);
  if (!cur) return null;
  const { lesson, index, step, progress } = cur;
  const last = index === lesson.steps.length - 1;
  const solved = Object.hasOwn(progress.solved, step.id);
  const explorer = step.opens === 'playground' ? (step.check.type === 'playground' ? step.check.explorer : undefined) ?? 'base64' : undefined;
  return (
    <div className="lp">
      <h2 className="lp-count" ref={top}>
        Step {index + 1} of {lesson.steps.length}
      </h2>
      <p className="lp-say">{step.say}</p>
      <p className="lp-task">
        <strong>Your task:</strong> <span>{step.task}</span>
      </p>
      {explorer && (
        <p className="lp-opens">
          This step is done in the Playground. <a href={playgroundHash(explorer)} onClick={visitPlayground}>Open the Playground ({explorer})</a>, then come back here (the
          browser’s Back, or Lessons in the header): what you decoded counts.
        </p>
      )}
      {lesson.withheldPanels?.length ? <p className="lp-note">Not in this lesson: the {lesson.withheldPanels.join(', ')} panel. Type it by hand.</p> : null}
      {lesson.withheldCommands?.length ? (
        <p className="lp-note">
          Not in this lesson: {lesson.withheldCommands.map((c, i) => <span key={c}>{i ? ', ' : ''}<code>{c}</code></span>)}.
        </p>
      ) : null}
      {runner.refused && (
        <p className="lp-why" role="alert">
          <code>{runner.refused}</code> is not available in this lesson; the line was not run.
        </p>
      )}
      <Questions step={step} answers={progress.answers} />
      {runner.stop && <Prediction stop={runner.stop} />}
      {!runner.stop && runner.revealed && <Revealed stop={runner.revealed.stop} guess={runner.revealed.guess} />}
      <Checklist verdict={runner.verdict} />
      {solved && (
        <p className="lp-solved">
          <strong>✓ Solved.</strong> {step.solved}
        </p>
      )}
      <Hints step={step} />
      <div className="lp-actions">
        <button type="button" onClick={() => go(lessonHash(lesson.id, index))} disabled={index === 0}>
          Previous
        </button>
        <button type="button" onClick={restartStep}>
          Restart step
        </button>
        <button type="button" onClick={showMeNow}>
          Show me
        </button>
        <button type="button" className={solved ? 'is-primary' : undefined} onClick={() => go(lessonHash(lesson.id, last ? 'done' : index + 2))}>
          {last ? 'Finish' : 'Next'}
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {runner.announcement}
      </p>
    </div>
  );
}
