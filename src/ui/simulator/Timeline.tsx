import { useMemo } from 'react';
import { Scrubber } from './Scrubber';
import type { Layer } from '../../core/net/index';
import { simulatorStore, SPEEDS, LAYERS, type Speed } from '../../store/simulator';
import { momentAt, momentPrefsStore, momentsShown } from '../../store/moments';
import { useStore } from 'zustand';
import { ACTIONS } from '../../store/simulatorActions';
import { ActionButton } from './ActionButton';
import { EventList } from './EventList';
import { useSimulator } from './useSimulator';

/** The transport: step, play, jump, the speed, where the world stands, and the scrubber over the whole log. */
export function Transport() {
  const length = useSimulator((s) => s.timeline.log.length);
  const position = useSimulator((s) => s.position);
  const speed = useSimulator((s) => s.speed);
  const summary = useSimulator((s) => (s.position > 0 ? s.timeline.log[s.position - 1]?.summary : undefined));
  const moments = useSimulator(momentsShown);
  const moment = useSimulator(momentAt);
  const pauseAtMoments = useStore(momentPrefsStore, (p) => p.pauseAtMoments);
  const { seek, setSpeed } = simulatorStore.getState();

  return (
    <div className="transport-block">
      <div className="transport" title="Space plays or pauses, ← → step, Home and End jump, ↑ ↓ move through the events">
        <ActionButton action={ACTIONS.toStart} />
        <ActionButton action={ACTIONS.stepBack} />
        <ActionButton action={ACTIONS.play} or={ACTIONS.pause} primary />
        <ActionButton action={ACTIONS.stepForward} />
        <ActionButton action={ACTIONS.toEnd} />
        <label className="speed">
          Speed
          <select value={speed} onChange={(e) => setSpeed(e.target.value as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s === 'max' ? 'fastest' : `${s}×`}
              </option>
            ))}
          </select>
        </label>
        {moments.length > 0 && (
          <label className="pause-moments">
            <input type="checkbox" checked={pauseAtMoments} onChange={momentPrefsStore.getState().togglePause} /> Pause at key moments
          </label>
        )}
      </div>
      <div className="scrub-row">
        <Scrubber position={position} length={length} marks={moments} label={summary ? `Event ${position} of ${length}: ${summary}` : `Start, ${length} events`} onSeek={seek} />
        <span className="position" aria-live="polite">
          Event {position} of {length}
        </span>
      </div>
      <p className="moment-caption" role="status">
        {moment && (
          <>
            <span className="moment-mark" aria-hidden="true">★</span> <strong>{moment.main ? 'Main moment' : 'Key moment'}:</strong> {moment.caption}
          </>
        )}
      </p>
    </div>
  );
}

/** The log as a list, filterable by layer. */
export function EventsPane() {
  const log = useSimulator((s) => s.timeline.log);
  const position = useSimulator((s) => s.position);
  const layers = useSimulator((s) => s.layers);
  const moments = useSimulator(momentsShown);
  const { seek, toggleLayer } = simulatorStore.getState();
  const shown = useMemo(() => log.filter((e) => layers[e.layer]), [log, layers]);

  return (
    <div className="events-pane">
      <fieldset className="layers">
        <legend>Layers</legend>
        {LAYERS.map((l: Layer) => (
          <label key={l} className={`layer-${l}`}>
            <input type="checkbox" checked={layers[l]} onChange={() => toggleLayer(l)} /> {l}
          </label>
        ))}
      </fieldset>
      <EventList events={shown} position={position} moments={moments} onSeek={seek} />
    </div>
  );
}
