// How a person arranged the workspace: the text size for the back of the
// room, the split sizes of each group of panels, and (on a phone) the panel
// shown. Kept across reloads; each value checked on load like every store's.
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeLocalStorage } from './storage';
import { isFiniteNumber, isRecord, isString, oneOf, own, readSaved, type Check } from './savedState';

export const TEXT_SIZES = [1, 1.25, 1.5, 2] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** One group's split: panel id to percentage, as react-resizable-panels gives it. */
export type Split = Readonly<Record<string, number>>;

export type LayoutPrefsState = {
  textSize: TextSize;
  /** Keyed by group id; a group missing here takes its default sizes. */
  splits: Readonly<Record<string, Split>>;
  /**
   * The panel shown on a narrow screen, per kind of workspace (the
   * Simulator's, one with a lesson's panel): a lesson first shows its own
   * panel, whatever tab the person last chose in the Simulator.
   */
  narrowTabs: Readonly<Record<string, string>>;
  setTextSize(size: TextSize): void;
  setSplit(group: string, split: Split): void;
  setNarrowTab(workspace: string, tab: string): void;
};

const isPercent = (v: unknown): v is number => isFiniteNumber(v) && v >= 0 && v <= 100;
const isSplit: Check<Split> = (v): v is Split => isRecord(v) && Object.keys(v).every((k) => isPercent(own(v, k)));
const isSplits: Check<Record<string, Split>> = (v): v is Record<string, Split> => isRecord(v) && Object.keys(v).every((k) => isSplit(own(v, k)));
const isTabs: Check<Record<string, string>> = (v): v is Record<string, string> => isRecord(v) && Object.keys(v).every((k) => isString(own(v, k)));

type Saved = Pick<LayoutPrefsState, 'textSize' | 'splits' | 'narrowTabs'>;

export const layoutPrefsStore = createStore<LayoutPrefsState>()(
  persist(
    (set) => ({
      textSize: 1,
      splits: {},
      narrowTabs: {},
      setTextSize: (textSize) => set({ textSize }),
      setSplit: (group, split) => set((s) => ({ splits: { ...s.splits, [group]: split } })),
      setNarrowTab: (workspace, tab) => set((s) => ({ narrowTabs: { ...s.narrowTabs, [workspace]: tab } })),
    }),
    {
      name: 'smtp-lab.layout',
      version: 1,
      storage: createJSONStorage(safeLocalStorage),
      partialize: (s): Saved => ({ textSize: s.textSize, splits: s.splits, narrowTabs: s.narrowTabs }),
      merge: (saved, current) => ({
        ...current,
        ...readSaved<Saved>('layout', saved, { textSize: oneOf(TEXT_SIZES), splits: isSplits, narrowTabs: isTabs }),
      }),
    },
  ),
);
