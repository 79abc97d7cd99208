// Hands the message on the page to Alice's user agent in the Simulator and
// goes there to watch it travel; where the lesson on screen withholds
// Compose, stays and says why (sendThrough.ts).
import { useState } from 'react';
import { PLACES } from '../shell/routes';
import { sendThroughSimulator } from './sendThrough';

const SIMULATOR = PLACES.find((p) => p.id === 'simulator')!.path;

/** `name`: the message's file name, or undefined for one pasted or typed. */
export function SendToSimulator({ message, name }: { message: Uint8Array; name?: string }) {
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const send = () => {
    setState('loading');
    sendThroughSimulator(message, name ?? 'The message').then(
      (sent) => {
        if (sent) window.location.hash = SIMULATOR;
        else setState('idle');
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
