import { useStore } from 'zustand';
import { challengeRules, scoreText, type Challenge } from '../../core/lessons/index';
import { challengesStore, freshProgress } from '../../store/challenges';
import { answerChallenge, challengeRunStore, tryAgain } from '../../store/challengesRunner';
import { simulatorStore } from '../../store/simulator';
import { Checklist } from '../lessons/Checklist';
import { QuestionList } from '../lessons/Questions';
import { challengeHash } from '../shell/routes';
import { Distribution } from './Distribution';
import { ParSolution } from './ParSolution';
import { versusPar } from './versusPar';

/** A challenge's side of the workspace: the task and rules up front, the live checklist and score, and once finished the score against par, the best, the distribution and par's solution. */
export function ChallengePanel({ ch }: { ch: Challenge }) {
  const run = useStore(challengeRunStore);
  const progress = useStore(challengesStore, (s) => s.progress[ch.id]) ?? freshProgress(ch);
  const refused = useStore(simulatorStore, (s) => s.refused);
  const { record, attempt } = progress;
  const finished = attempt.finished;
  const result = run.result;
  // Beside the result once finished, else below the checklist: one Try again either way.
  const actions = (
    <div className="lp-actions">
      <button type="button" className={finished ? 'is-primary' : undefined} onClick={tryAgain}>
        Try again
      </button>
      <a href={challengeHash()}>All challenges</a>
    </div>
  );
  return (
    <div className="lp cp">
      {/* Once finished, the result comes first; before, the task and the rules. */}
      {finished && (
        <section className="cp-finished" aria-labelledby="cp-finished-title">
          <h3 id="cp-finished-title">Finished: {versusPar(finished.score, ch.par)}</h3>
          <dl className="lp-stats">
            <dt>Your score</dt>
            <dd>{scoreText(ch.score.kind, finished.score)}</dd>
            <dt>Par</dt>
            <dd>{scoreText(ch.score.kind, ch.par)}</dd>
            <dt>Your best</dt>
            <dd>{record.best !== undefined ? `${scoreText(ch.score.kind, record.best)} (${versusPar(record.best, ch.par)})` : '—'}</dd>
          </dl>
          <Distribution ch={ch} record={record} />
          {actions}
          <ParSolution ch={ch} result={{ met: true }} />
        </section>
      )}
      <p className="lp-task">
        <strong>Your task:</strong> <span>{ch.task}</span>
      </p>
      <section aria-labelledby="cp-rules-title">
        <h3 id="cp-rules-title">Rules</h3>
        <ul className="cp-rules">
          {challengeRules(ch).map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
      <QuestionList questions={ch.questions} answers={attempt.answers} onAnswer={answerChallenge} />
      {/* A refused line is answered in the terminal, where it was typed (TerminalPanel); an act of a withheld panel here. */}
      {refused && refused.line === undefined && <p className="cp-refused">{refused.message}</p>}
      <Checklist verdict={result?.goal} />
      {result && (
        <p className="cp-score">
          Score so far: <strong>{scoreText(ch.score.kind, result.score)}</strong> <span className="lp-note">(par {ch.par})</span>
        </p>
      )}
      {result?.late && <p className="lp-why">Not counted: {result.late}.</p>}
      {run.open && !finished && (
        <p className="lp-solved">
          <strong>✓ Goal met.</strong> End your session (<code>QUIT</code>) to finish: what you send until then still counts, as it does for par.
        </p>
      )}
      {!finished && actions}
      <p className="sr-only" aria-live="polite">
        {run.announcement}
      </p>
    </div>
  );
}
