import { useMemo } from 'react';
import { Scrubber } from './Scrubber';
import type { Layer } from '../../core/net/index';
import { simulatorStore, SPEEDS, LAYERS, type Speed } from '../../store/simulator';
import { ACTIONS } from '../../store/simulatorActions';
import { ActionButton } from './ActionButton';
import { EventList } from './EventList';
import { useSimulator } from './useSimulator';

/** The log over time: transport controls, the scrubber and the events, filterable by layer. */
export function Timeline() {
  const log = useSimulator((s) => s.timeline.log);
  const position = useSimulator((s) => s.position);
  const speed = useSimulator((s) => s.speed);
  const layers = useSimulator((s) => s.layers);
  const { seek, setSpeed, toggleLayer } = simulatorStore.getState();
  const shown = useMemo(() => log.filter((e) => layers[e.layer]), [log, layers]);
  const current = position > 0 ? log[position - 1] : undefined;

  return (
    <section className="panel timeline" aria-label="Timeline">
      <h2>
        Timeline <span className="hint">Space plays or pauses, ← → step, Home and End jump, ↑ ↓ move through the events</span>
      </h2>
      <div className="transport">
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
                {s === 'max' ? 'as fast as possible' : `${s}×`}
              </option>
            ))}
          </select>
        </label>
        <span className="position" aria-live="polite">
          Event {position} of {log.length}
        </span>
      </div>
      <Scrubber position={position} length={log.length} label={current ? `Event ${position} of ${log.length}: ${current.summary}` : `Start, ${log.length} events`} onSeek={seek} />
      <fieldset className="layers">
        <legend>Layers</legend>
        {LAYERS.map((l: Layer) => (
          <label key={l} className={`layer-${l}`}>
            <input type="checkbox" checked={layers[l]} onChange={() => toggleLayer(l)} /> {l}
          </label>
        ))}
      </fieldset>
      <EventList events={shown} position={position} onSeek={seek} />
    </section>
  );
}
