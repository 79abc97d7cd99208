import { useEffect } from 'react';
import { simulatorStore, stepInterval } from '../../store/simulator';
import { useSimulator } from './useSimulator';

/**
 * While playing, moves the world one event per interval of the chosen speed
 * (at full speed, once a frame). Time lives here, in the view, so the store
 * stays a plain value that tests can drive event by event.
 */
export function usePlayback(): void {
  const playing = useSimulator((s) => s.playing);
  const speed = useSimulator((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const interval = stepInterval(speed);
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      if (now - last >= interval) {
        last = now;
        simulatorStore.getState().advance();
      }
      if (simulatorStore.getState().playing) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed]);
}
