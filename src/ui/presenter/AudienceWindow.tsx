import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSimulator } from '../simulator/useSimulator';
import { AudienceView } from './AudienceView';
import { listenAsAudience } from './audienceChannel';
import '../simulator/simulator.css';

declare global {
  interface Window {
    /** For the presenter-sync bench: when each step was sent, on the page (committed) and painted (timeOrigin + now). */
    __presenterShown?: { position: number; sent: number; committed: number; painted: number }[];
  }
}

const now = () => performance.timeOrigin + performance.now();

/**
 * The audience window (`#/present/audience`): the presenter's acts replayed
 * by this window's own store, which saves nothing (simulator.ts), and the
 * audience view full size. On opening it asks for the state, so closing and
 * reopening it comes back at the presenter's position.
 */
export function AudienceWindow() {
  const position = useSimulator((s) => s.position);
  const sent = useRef<number | undefined>(undefined);
  useEffect(() => {
    document.title = 'Audience · SMTP Lab';
    return listenAsAudience((at) => void (sent.current = at));
  }, []);
  useLayoutEffect(() => {
    const at = sent.current;
    if (at === undefined) return;
    sent.current = undefined;
    const committed = now();
    requestAnimationFrame(() => {
      const shown = (window.__presenterShown ??= []);
      shown.push({ position, sent: at, committed, painted: now() });
      if (shown.length > 1000) shown.shift();
    });
  }, [position]);
  return (
    <main className="audience-window">
      <h1 className="presenter-announce">SMTP Lab, audience view</h1>
      <AudienceView />
    </main>
  );
}
