import { useEffect, useState } from 'react';
import { presenterStore, timerElapsed } from '../../store/presenter';
import { nextStop } from '../../store/presenterStops';
import { useSimulator } from '../simulator/useSimulator';
import { AudienceView } from './AudienceView';
import { canReveal, next, previous, reveal, showHere, snapshot } from './presenting';
import { RevealAnnouncer } from './RevealAnnouncer';
import { KEY_HELP, usePresenterKeys } from './usePresenterKeys';
import { commandLine, replyLine, useMoment, usePresenter } from './useStage';
import './presenter.css';

/**
 * The presenter's own view, in their window while presenting: what comes
 * next, the answer to the coming prediction and its RFC section, the
 * lesson's notes, a timer, and every action as a button as well as a key.
 * With the audience in this tab, the audience view covers it until `A`.
 */
export function PresenterBar() {
  usePresenterKeys();
  const presenting = usePresenter((s) => s.presenting);
  const inline = usePresenter((s) => s.inline);
  if (!presenting) return null;
  if (inline) {
    return (
      <div className="audience-here" role="dialog" aria-modal="true" aria-label="Audience view (press A to go back)">
        <AudienceView />
      </div>
    );
  }
  return <PresenterView />;
}

function PresenterView() {
  const p = presenterStore.getState();
  const predictEvery = usePresenter((s) => s.predictEvery);
  const blackout = usePresenter((s) => s.blackout);
  const scale = usePresenter((s) => s.scale);
  const notes = usePresenter((s) => s.lesson.notes);
  const snapshots = usePresenter((s) => s.snapshots);
  const timeline = useSimulator((s) => s.timeline);
  const position = useSimulator((s) => s.position);
  const moment = useMoment();
  const coming = moment?.kind === 'asking' ? moment.stop : nextStop(timeline, position);
  const upcoming = timeline.log[position];

  return (
    <section className="presenter-view" aria-labelledby="presenter-title">
      <h2 id="presenter-title">Presenter</h2>
      <div className="presenter-controls" role="group" aria-label="Presenter controls">
        <button type="button" onClick={previous} disabled={position === 0}>Previous</button>
        <button type="button" onClick={next} disabled={position >= timeline.log.length && !canReveal()}>Next</button>
        <button type="button" onClick={reveal} disabled={moment?.kind !== 'asking'}>Reveal</button>
        <label>
          <input type="checkbox" checked={predictEvery} onChange={(e) => p.setPredictEvery(e.target.checked)} /> Predict every reply
        </label>
        <button type="button" aria-pressed={blackout} onClick={p.toggleBlackout}>Blackout</button>
        <span className="presenter-size" role="group" aria-label={`Audience text size ${Math.round(scale * 100)} %`}>
          <button type="button" onClick={() => p.resize(-1)} aria-label="Smaller audience text">A−</button>
          <button type="button" onClick={() => p.resize(1)} aria-label="Larger audience text">A+</button>
        </span>
        <Timer />
        <button type="button" onClick={() => void snapshot()}>Snapshot</button>
        <button type="button" onClick={() => showHere(true)}>Audience in this tab</button>
      </div>
      <dl className="presenter-facts">
        <dt>Next event</dt>
        <dd data-testid="presenter-next">{upcoming ? `${upcoming.seq}. ${upcoming.summary}` : 'The end of the log'}</dd>
        {upcoming?.rfc && (
          <>
            <dt>RFC</dt>
            <dd>{upcoming.rfc}</dd>
          </>
        )}
        <dt>{moment?.kind === 'asking' ? 'The answer (the room is guessing)' : 'Coming prediction'}</dt>
        <dd data-testid="presenter-answer">
          {coming ? (
            <>
              <code>{commandLine(coming)}</code> → <strong>{replyLine(coming)}</strong>: {coming.why} <cite>{coming.rfc}</cite>
              {!predictEvery && moment?.kind !== 'asking' && ' (turn on Predict every reply to stop there)'}
            </>
          ) : (
            'No server reply ahead'
          )}
        </dd>
        {notes && (
          <>
            <dt>Speaker notes</dt>
            <dd>{notes}</dd>
          </>
        )}
      </dl>
      {snapshots.length > 0 && (
        <details className="presenter-snapshots" open>
          <summary>Snapshots ({snapshots.length})</summary>
          <ul>
            {snapshots.map((s, i) => (
              <li key={i}>
                <a href={s.url}>Event {s.position}</a> <input readOnly value={s.url} aria-label={`Link to event ${s.position}`} onFocus={(e) => e.target.select()} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="presenter-keys">{KEY_HELP}</p>
      <RevealAnnouncer moment={moment} />
    </section>
  );
}

function Timer() {
  const timer = usePresenter((s) => s.timer);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer.running) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [timer.running]);
  const seconds = Math.floor(timerElapsed(timer, Math.max(now, timer.startedAt)) / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <button type="button" className="presenter-timer" aria-pressed={timer.running} onClick={() => presenterStore.getState().toggleTimer(Date.now())} aria-label={`Timer ${text}, ${timer.running ? 'running' : 'stopped'}`}>
      Timer <time>{text}</time>
    </button>
  );
}
