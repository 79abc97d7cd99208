// The things a person can do to the timeline, as data (the Excalidraw
// pattern): the buttons and the keyboard shortcuts are both made from this
// list, so a shortcut can never do something no button does, and the help
// text can never go stale.
import type { SimulatorStore, SimulatorState } from './simulator';

export type KeyTest = { key: string; shiftKey?: boolean };

export type SimulatorAction = {
  name: string;
  label: string;
  /** An icon that stands for the label where room is short (the label stays its accessible name). */
  icon?: 'to-start' | 'to-end';
  /** What the shortcut looks like on a key cap. */
  shortcut?: string;
  keyTest?: (e: KeyTest) => boolean;
  /** False when the action would do nothing now (shown as a disabled button). */
  enabled(s: SimulatorState): boolean;
  /** For a toggle: whether it is on. */
  pressed?(s: SimulatorState): boolean;
  perform(store: SimulatorStore): void;
};

const atEnd = (s: SimulatorState) => s.position >= s.timeline.log.length;

export const ACTIONS = {
  play: {
    name: 'play',
    label: 'Play',
    shortcut: 'Space',
    keyTest: (e) => e.key === ' ' && !e.shiftKey,
    enabled: (s) => !s.playing,
    perform: (store) => store.getState().play(),
  },
  pause: {
    name: 'pause',
    label: 'Pause',
    shortcut: 'Space',
    enabled: (s) => s.playing,
    perform: (store) => store.getState().pause(),
  },
  stepBack: {
    name: 'stepBack',
    label: 'Step back',
    shortcut: '←',
    keyTest: (e) => e.key === 'ArrowLeft',
    enabled: (s) => s.position > 0,
    perform: (store) => store.getState().stepBy(-1),
  },
  stepForward: {
    name: 'stepForward',
    label: 'Step forward',
    shortcut: '→',
    keyTest: (e) => e.key === 'ArrowRight',
    enabled: (s) => !atEnd(s),
    perform: (store) => store.getState().stepBy(1),
  },
  toStart: {
    name: 'toStart',
    label: 'Go to the start',
    icon: 'to-start',
    shortcut: 'Home',
    keyTest: (e) => e.key === 'Home',
    enabled: (s) => s.position > 0,
    perform: (store) => store.getState().seek(0),
  },
  toEnd: {
    name: 'toEnd',
    label: 'Go to the end',
    icon: 'to-end',
    shortcut: 'End',
    keyTest: (e) => e.key === 'End',
    enabled: (s) => !atEnd(s),
    perform: (store) => store.getState().seek(store.getState().timeline.log.length),
  },
  eavesdropper: {
    name: 'eavesdropper',
    label: 'Eavesdropper',
    shortcut: 'E',
    keyTest: (e) => e.key === 'e' || e.key === 'E',
    enabled: () => true,
    pressed: (s) => s.eavesdropper,
    perform: (store) => store.getState().toggleEavesdropper(),
  },
} satisfies Record<string, SimulatorAction>;

/** The one action a key press stands for, if any. Play and Pause share Space. */
export function actionForKey(e: KeyTest, s: SimulatorState): SimulatorAction | undefined {
  const found = Object.values(ACTIONS).find((a): boolean => ('keyTest' in a ? a.keyTest(e) : false));
  if (found === ACTIONS.play && s.playing) return ACTIONS.pause;
  return found;
}
