import { useEffect } from 'react';
import { simulatorStore } from '../../store/simulator';
import { actionForKey } from '../../store/simulatorActions';

// A key belongs to whatever has the focus when that uses it itself: every
// key when typing (the terminal, a form field), Space on a button or a
// check box, the arrows on a slider (which seeks anyway).
const TYPING = 'input:not([type="checkbox"]):not([type="range"]), textarea, select, [contenteditable], .xterm';
const PRESSABLE = 'button, [role="button"], input[type="checkbox"], summary, a';

function focusOwns(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(TYPING)) return true;
  if (key === ' ' && target.closest(PRESSABLE)) return true;
  return target.matches('input[type="range"]');
}

/** The timeline's keyboard shortcuts, from the same action list as its buttons. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (focusOwns(e.target, e.key)) return;
      const action = actionForKey(e, simulatorStore.getState());
      if (!action || !action.enabled(simulatorStore.getState())) return;
      e.preventDefault();
      action.perform(simulatorStore);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
