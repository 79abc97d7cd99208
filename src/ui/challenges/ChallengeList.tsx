import { useStore } from 'zustand';
import { CHALLENGES, SCORE_UNITS, scoreText, type Challenge } from '../../core/lessons/index';
import { challengesStore, challengeStatus, type ChallengeProgress, type ChallengeStatus } from '../../store/challenges';
import { challengeHash } from '../shell/routes';
import { versusPar } from './versusPar';
import { EditButton } from '../builder/EditButton';

// The status is a word, not only a mark: colour is never alone.
const MARK: Record<ChallengeStatus, string> = { finished: '✓', 'in progress': '◐', 'not started': '○' };

function statusText(ch: Challenge, p: ChallengeProgress | undefined): string {
  const status = challengeStatus(p);
  const best = p?.record.best;
  if (status === 'finished' && best !== undefined) return `Finished, best ${scoreText(ch.score.kind, best)} (${versusPar(best, ch.par)})`;
  return status === 'in progress' ? 'In progress' : 'Not started';
}

/** The challenges ("SMTP golf") on the Lessons page: each one's task, what is scored, par, and the person's best. */
export function ChallengeList() {
  const progress = useStore(challengesStore, (s) => s.progress);
  const reset = () => {
    if (window.confirm('Forget every challenge’s attempts and best scores? This cannot be undone.')) challengesStore.getState().resetChallenges();
  };
  return (
    <section aria-labelledby="challenges-title" className="course challenges" id="challenges">
      <div className="course-head">
        <h2 id="challenges-title">Challenges</h2>
        <button type="button" onClick={reset} disabled={Object.keys(progress).length === 0}>
          Reset challenges
        </button>
      </div>
      <p className="lessons-intro">
        SMTP golf: reach a goal in as few lines, round trips or bytes as you can. The score is measured on the wire, never from your keystrokes; par is what our own
        solution scores, shown once you have finished.
      </p>
      <ol className="course-list">
        {CHALLENGES.map((ch) => {
          const p = progress[ch.id];
          const status = challengeStatus(p);
          return (
            <li key={ch.id} className={`course-item is-${status === 'finished' ? 'done' : status.replace(' ', '-')}`}>
              <h3>
                <a href={challengeHash(ch.id)}>{ch.title}</a>
              </h3>
              <p className="course-goal">{ch.task}</p>
              <p className="course-meta">
                <span className={`course-status status-${status === 'finished' ? 'done' : status.replace(' ', '-')}`}>
                  <span aria-hidden="true">{MARK[status]} </span>
                  {statusText(ch, p)}
                </span>
                <span>Score: {SCORE_UNITS[ch.score.kind].many}</span>
                <span>Par {ch.par}</span>
                <EditButton source={ch.id} title={ch.title} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
