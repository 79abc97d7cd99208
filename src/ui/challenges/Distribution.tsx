import { distribution, scoreText, type AttemptRecord, type Challenge } from '../../core/lessons/index';
import { versusPar } from './versusPar';

/** The person's own finished attempts by score, lowest first: each row says its score, where it stands against par and how many; the bar only repeats it. */
export function Distribution({ ch, record }: { ch: Challenge; record: AttemptRecord }) {
  const rows = distribution(record, ch.par);
  return (
    <section className="cp-distribution" aria-labelledby="cp-dist-title">
      <h3 id="cp-dist-title">Your attempts</h3>
      <p className="lp-note">
        {record.finished} finished{record.abandoned ? `, ${record.abandoned} started again before finishing` : ''}.
      </p>
      <ol aria-labelledby="cp-dist-title">
        {rows.map((r) => (
          <li key={r.score} className={`is-${r.relative}`}>
            <span className="cp-dist-label">
              {scoreText(ch.score.kind, r.score)} <span className="cp-dist-par">({versusPar(r.score, ch.par)})</span>
            </span>
            <span className="cp-bar" aria-hidden="true">
              <span style={{ width: `${Math.max(4, Math.round(r.share * 100))}%` }} />
            </span>
            <span className="cp-dist-count">
              {r.count} {r.count === 1 ? 'attempt' : 'attempts'}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
