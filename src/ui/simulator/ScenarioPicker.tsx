import { useId } from 'react';
import { ALL_SCENARIOS, changedByYou, simulatorStore } from '../../store/simulator';
import { useSimulator } from './useSimulator';

/**
 * Which world to start from; the chosen scenario's goal, on one line (all of
 * it on hover and to screen readers), says what it shows. Once the person has
 * typed or composed in it, the scenario is theirs: the picker says so and
 * offers the scenario as written again.
 */
export function ScenarioPicker() {
  const id = useId();
  const current = useSimulator((s) => s.scenarioId);
  const changed = useSimulator(changedByYou);
  const scenario = ALL_SCENARIOS.find((s) => s.id === current);
  const load = (scenarioId: string) => simulatorStore.getState().loadScenario(scenarioId);
  return (
    <div className="scenario-picker">
      <label htmlFor={id}>Scenario</label>
      <select id={id} value={current} onChange={(e) => load(e.target.value)} aria-describedby={`${id}-goal`}>
        {ALL_SCENARIOS.map((s) => (
          <option key={s.id} value={s.id}>
            {changed && s.id === current ? `${s.title} — changed by you` : s.title}
          </option>
        ))}
      </select>
      {changed && (
        <button type="button" className="sim-button" aria-label="Restart scenario" title="Restart scenario: as written, without what you typed or composed" onClick={() => load(current)}>
          Restart
        </button>
      )}
      <p id={`${id}-goal`} className="goal" title={scenario?.goal}>
        {scenario?.goal}
      </p>
    </div>
  );
}
