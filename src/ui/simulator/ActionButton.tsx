import { memo } from 'react';
import { simulatorStore } from '../../store/simulator';
import type { SimulatorAction } from '../../store/simulatorActions';
import { useSimulator } from './useSimulator';

const KEY_NAMES: Record<string, string> = { '←': 'ArrowLeft', '→': 'ArrowRight' };

/**
 * A button made from an action: its label, its shortcut shown, disabled when
 * the action would do nothing. Given two actions it shows whichever is
 * enabled in the same element, so Play turning into Pause keeps the focus.
 * Memoised: its actions never change, so it draws again only when its own
 * selectors do, not on each step the timeline around it draws.
 */
export const ActionButton = memo(function ActionButton({ action, or, primary = false }: { action: SimulatorAction; or?: SimulatorAction; primary?: boolean }) {
  const firstEnabled = useSimulator(action.enabled);
  const shown = or && !firstEnabled ? or : action;
  const enabled = useSimulator(shown.enabled);
  const pressed = useSimulator((s) => shown.pressed?.(s));
  return (
    <button
      type="button"
      className={primary ? 'sim-button primary' : 'sim-button'}
      disabled={!enabled}
      aria-pressed={pressed}
      aria-keyshortcuts={shown.shortcut && (KEY_NAMES[shown.shortcut] ?? shown.shortcut)}
      onClick={() => shown.perform(simulatorStore)}
    >
      {shown.label}
      {shown.shortcut && <kbd aria-hidden="true">{shown.shortcut}</kbd>}
    </button>
  );
});
