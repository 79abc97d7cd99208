// What the terminal remembers across a reload: the lines typed, for the
// up-arrow. The transcript itself is not kept here: it is the attached
// host's shell output, a view of the world at the current step.
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeLocalStorage } from './storage';

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
    },
  ),
);
