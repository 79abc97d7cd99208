import { useId } from 'react';
import { ALL_SCENARIOS, simulatorStore } from '../../store/simulator';
import { useSimulator } from './useSimulator';

/** Which world to start from; the chosen scenario's goal, on one line (all of it on hover and to screen readers), says what it shows. */
export function ScenarioPicker() {
  const id = useId();
  const current = useSimulator((s) => s.scenarioId);
  const scenario = ALL_SCENARIOS.find((s) => s.id === current);
  return (
    <div className="scenario-picker">
      <label htmlFor={id}>Scenario</label>
      <select id={id} value={current} onChange={(e) => simulatorStore.getState().loadScenario(e.target.value)} aria-describedby={`${id}-goal`}>
        {ALL_SCENARIOS.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <p id={`${id}-goal`} className="goal" title={scenario?.goal}>
        {scenario?.goal}
      </p>
    </div>
  );
}
