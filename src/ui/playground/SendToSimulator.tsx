// Hands the message on the page to Alice's user agent in the Simulator and
// goes there to watch it travel. The Simulator's store (the world, its
// scenarios) loads on the click, so it never weighs on the Playground's
// first paint.
import { useState } from 'react';
import { PLACES } from '../shell/routes';

const SIMULATOR = PLACES.find((p) => p.id === 'simulator')!.path;

export function SendToSimulator({ message }: { message: Uint8Array }) {
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const send = () => {
    setState('loading');
    import('../../store/simulator').then(
      ({ simulatorStore }) => {
        simulatorStore.getState().submitMessage(message);
        window.location.hash = SIMULATOR;
      },
      () => setState('failed'),
    );
  };
  return (
    <div className="pg-row">
      <button type="button" className="pg-button" onClick={send} disabled={state === 'loading'}>
        Send through the simulator
      </button>
      {state === 'failed' && <span className="pg-failure">The simulator could not be loaded; try again.</span>}
    </div>
  );
}
