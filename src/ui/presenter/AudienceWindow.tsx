import { useEffect } from 'react';
import { AudienceView } from './AudienceView';
import { listenAsAudience } from './channel';
import '../simulator/simulator.css';

declare global {
  interface Window {
    /** For the presenter-sync bench: when each message shown was sent, and when it was on screen (timeOrigin + now). */
    __presenterShown?: { position: number; sent: number; shown: number }[];
  }
}

/**
 * The audience window (`#/present/audience`): the presenter's acts replayed
 * by this window's own store, which saves nothing (simulator.ts), and the
 * audience view full size. On opening it asks for the state, so closing and
 * reopening it comes back at the presenter's position.
 */
export function AudienceWindow() {
  useEffect(() => {
    document.title = 'Audience · SMTP Lab';
    return listenAsAudience((sent) => {
      // Shown: after React has committed and the browser is about to paint.
      requestAnimationFrame(() => {
        const shown = performance.timeOrigin + performance.now();
        (window.__presenterShown ??= []).push({ position: Number(document.querySelector('.audience')?.getAttribute('data-position')), sent, shown });
        if (window.__presenterShown.length > 1000) window.__presenterShown.shift();
      });
    });
  }, []);
  return (
    <main className="audience-window">
      <h1 className="presenter-announce">SMTP Lab, audience view</h1>
      <AudienceView />
    </main>
  );
}
