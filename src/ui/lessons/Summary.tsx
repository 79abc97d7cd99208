import { LESSONS, stepScore, type Lesson } from '../../core/lessons/index';
import type { LessonProgress } from '../../store/lessons';
import { lessonHash } from '../shell/routes';

/** A finished lesson: what was solved, guessed and asked for, and the points (stepScore: never blocking, never below zero). */
export function Summary({ lesson, progress }: { lesson: Lesson; progress: LessonProgress }) {
  const records = lesson.steps.map((s) => {
    const guesses = progress.guesses.filter((g) => g.step === s.id);
    return {
      step: s,
      record: {
        solved: Object.hasOwn(progress.solved, s.id),
        predictionsRight: guesses.filter((g) => g.guess === g.reply).length,
        predictionsAsked: guesses.length,
        hintsUsed: progress.hints[s.id] ?? 0,
        shownMe: progress.shownMe.includes(s.id),
      },
    };
  });
  const total = (k: 'predictionsRight' | 'predictionsAsked' | 'hintsUsed') => records.reduce((n, r) => n + r.record[k], 0);
  const solved = records.filter((r) => r.record.solved).length;
  const score = records.reduce((n, r) => n + stepScore(r.record), 0);
  const best = records.reduce((n, r) => n + 10 + 2 * (r.step.predictions?.length ?? 0), 0);
  const next = LESSONS[LESSONS.findIndex((l) => l.id === lesson.id) + 1];
  return (
    <section className="lp lp-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{solved === lesson.steps.length ? 'Lesson finished' : 'Lesson not finished yet'}</h2>
      <dl className="lp-stats">
        <dt>Steps solved</dt>
        <dd>
          {solved} of {lesson.steps.length}
        </dd>
        <dt>Predictions right</dt>
        <dd>
          {total('predictionsRight')} of {total('predictionsAsked')}
        </dd>
        <dt>Hints opened</dt>
        <dd>{total('hintsUsed')}</dd>
        <dt>Show me used</dt>
        <dd>{records.filter((r) => r.record.shownMe).length}</dd>
        <dt>Points</dt>
        <dd>
          {score} of {best}
        </dd>
      </dl>
      <ol className="lp-steps">
        {records.map(({ step, record }, i) => (
          <li key={step.id}>
            <a href={lessonHash(lesson.id, i + 1)}>{step.task}</a> — {record.solved ? '✓ solved' : '○ not solved'}
          </li>
        ))}
      </ol>
      <p className="lp-actions">
        <a href={lessonHash()}>All lessons</a>
        {next && <a href={lessonHash(next.id)}>Next lesson: {next.title}</a>}
      </p>
    </section>
  );
}
