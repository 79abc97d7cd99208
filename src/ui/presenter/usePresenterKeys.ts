import { useEffect } from 'react';
import { presenterStore } from '../../store/presenter';
import { next, previous, reveal, showHere, snapshot } from './presenting';

// What a presentation clicker sends (PageDown, PageUp, arrows) and a letter
// for each other action. A key typed into the terminal or a field is theirs.
const TYPING = 'input:not([type="checkbox"]), textarea, select, [contenteditable], .xterm';

const KEYS: Record<string, () => void> = {
  PageDown: next,
  ArrowRight: next,
  ArrowDown: next,
  PageUp: previous,
  ArrowLeft: previous,
  ArrowUp: previous,
  r: reveal,
  b: () => presenterStore.getState().toggleBlackout(),
  '+': () => presenterStore.getState().resize(1),
  '=': () => presenterStore.getState().resize(1),
  '-': () => presenterStore.getState().resize(-1),
  t: () => presenterStore.getState().toggleTimer(Date.now()),
  s: () => void snapshot(),
  a: () => showHere(!presenterStore.getState().inline),
  Escape: () => presenterStore.getState().inline && showHere(false),
};

/** While presenting, the clicker's keys; they run before the timeline's own shortcuts (capture), which then leave them. */
export function usePresenterKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || !presenterStore.getState().presenting) return;
      if (e.target instanceof Element && e.target.closest(TYPING)) return;
      const action = KEYS[e.key.length === 1 ? e.key.toLowerCase() : e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

/** The keys as the presenter view lists them. */
export const KEY_HELP = 'PageDown / → next · PageUp / ← previous · R reveal · B blackout · + / − text size · T timer · S snapshot · A audience in this tab';
