import { useStore } from 'zustand';
import { simulatorStore, type SimulatorState } from '../../store/simulator';

/** A view's window on the simulator store: re-renders only when the selected value changes. */
export function useSimulator<T>(selector: (s: SimulatorState) => T): T {
  return useStore(simulatorStore, selector);
}
