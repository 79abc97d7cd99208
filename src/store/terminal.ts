// What the terminal remembers across a reload: the lines typed, for the
// up-arrow. The transcript itself is not kept here: it is the attached
// host's shell output, a view of the world at the current step.
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeLocalStorage } from './storage';
import { isString, keepValid, own } from './savedState';

export type TerminalState = {
  history: readonly string[];
  setHistory(history: readonly string[]): void;
};

export const terminalStore = createStore<TerminalState>()(
  persist(
    (set) => ({
      history: [],
      setHistory: (history) => set({ history }),
    }),
    {
      name: 'smtp-lab.terminal',
      version: 1,
      storage: createJSONStorage(safeLocalStorage),
      partialize: (s) => ({ history: s.history }),
      // Only strings go back into the up-arrow: anything else in the saved
      // list would throw at the next Enter.
      merge: (saved, current) => {
        const history = own(saved, 'history');
        if (history === undefined) return current;
        return { ...current, history: keepValid('terminal', 'history', Array.isArray(history) ? history : [history], isString) };
      },
    },
  ),
);
