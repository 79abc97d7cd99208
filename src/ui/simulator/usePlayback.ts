import { useEffect } from 'react';
import { momentPrefsStore, momentStep } from '../../store/moments';
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

  // Key moments: playing stops at each, and a scenario played to its end opens on its main moment.
  useEffect(
    () =>
      simulatorStore.subscribe((s, prev) => {
        const next = momentStep(prev, s, momentPrefsStore.getState().pauseAtMoments);
        if (next?.type === 'pause') s.pause();
        else if (next?.type === 'seek') s.seek(next.to);
      }),
    [],
  );
}
