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
      aria-label={shown.icon ? shown.label : undefined}
      title={shown.icon ? shown.label : undefined}
      onClick={() => shown.perform(simulatorStore)}
    >
      {shown.icon ? <Icon name={shown.icon} /> : shown.label}
      {shown.shortcut && <kbd aria-hidden="true">{shown.shortcut}</kbd>}
    </button>
  );
});

/** A bar and a triangle: the two ends of the timeline, drawn so no font has to have the glyph. */
function Icon({ name }: { name: NonNullable<SimulatorAction['icon']> }) {
  const flip = name === 'to-end' ? 'scale(-1 1) translate(-16 0)' : undefined;
  return (
    <svg aria-hidden="true" width="1em" height="1em" viewBox="0 0 16 16">
      <g transform={flip} fill="currentColor">
        <rect x="2" y="2" width="2.5" height="12" />
        <path d="M14 2 L5.5 8 L14 14 Z" />
      </g>
    </svg>
  );
}
