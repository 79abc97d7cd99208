import { ALL_SCENARIOS, changedByYou, simulatorStore } from '../../store/simulator';
import { useSimulator } from './useSimulator';

// One picker on the page: its goal is read out with it (aria-describedby), wherever the head places that line.
const PICKER_ID = 'scenario-picker';
const GOAL_ID = 'scenario-goal';

/**
 * Which world to start from. Once the person has typed or composed in it,
 * the scenario is theirs: the picker says so and offers the scenario as
 * written again.
 */
export function ScenarioPicker() {
  const current = useSimulator((s) => s.scenarioId);
  const changed = useSimulator(changedByYou);
  const load = (scenarioId: string) => simulatorStore.getState().loadScenario(scenarioId);
  return (
    <div className="scenario-picker">
      <label htmlFor={PICKER_ID}>Scenario</label>
      <select id={PICKER_ID} value={current} onChange={(e) => load(e.target.value)} aria-describedby={GOAL_ID}>
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
    </div>
  );
}

/** What the chosen scenario shows, on one line (all of it on hover and to screen readers). */
export function ScenarioGoal() {
  const current = useSimulator((s) => s.scenarioId);
  const goal = ALL_SCENARIOS.find((s) => s.id === current)?.goal;
  return (
    <p id={GOAL_ID} className="goal" title={goal}>
      {goal}
    </p>
  );
}
