import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { currentLessonStep, lessonsStore } from '../../store/lessons';
import { hintState, runnerStore } from '../../store/lessonsRunner';

/** The open lesson step (re-read whenever progress changes) and the runner's verdict, prediction and announcement. */
export function useLessonStep() {
  const progress = useStore(lessonsStore, (s) => s.progress);
  const current = useStore(lessonsStore, (s) => s.current);
  const runner = useStore(runnerStore);
  void progress;
  return { cur: current ? currentLessonStep(lessonsStore.getState()) : undefined, runner };
}

/** The hint ladder, looked at again every few seconds: rungs unlock with time. */
export function useHints() {
  const [now, setNow] = useState(() => Date.now());
  useStore(lessonsStore, (s) => s.progress);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(t);
  }, []);
  return hintState(now);
}
