import { useEffect, useRef } from 'react';
import { LESSONS, stepScore, type Lesson } from '../../core/lessons/index';
import type { LessonProgress } from '../../store/lessons';
import { lessonHash } from '../shell/routes';

/** A finished lesson: what was solved, guessed and asked for, and the points (stepScore: never blocking, never below zero). */
export function Summary({ lesson, progress }: { lesson: Lesson; progress: LessonProgress }) {
  const top = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'nearest' });
  }, []);
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
      <h2 id="summary-title" ref={top}>{solved === lesson.steps.length ? 'Lesson finished' : 'Lesson not finished yet'}</h2>
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
      <ul className="lp-steps">
        {records.map(({ step, record }, i) => (
          <li key={step.id}>
            <span aria-hidden="true">{record.solved ? '✓' : '○'} </span>
            <a href={lessonHash(lesson.id, i + 1)}>Step {i + 1}</a>
            {record.solved ? ' solved' : ' not solved'}
            {record.predictionsAsked > 0 && `, ${record.predictionsRight} of ${record.predictionsAsked} predicted`}
          </li>
        ))}
      </ul>
      <p className="lp-actions">
        <a href={lessonHash()}>All lessons</a>
        {next && <a href={lessonHash(next.id)}>Next lesson: {next.title}</a>}
      </p>
    </section>
  );
}
