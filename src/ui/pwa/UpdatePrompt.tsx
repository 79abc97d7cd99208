// `Reload to update`: shown when a new build of SMTP Lab has been cached
// beside the one running, so a class never reloads in the middle of a step
// unless someone asks.
import { useEffect, useState } from 'react';
import { registerServiceWorker, type UpdateReady } from './register';
import './pwa.css';

export function UpdatePrompt() {
  const [update, setUpdate] = useState<UpdateReady | undefined>();
  useEffect(() => registerServiceWorker(setUpdate), []);
  if (!update) return null;
  return (
    <div className="update-prompt" role="status">
      <span>A new version of SMTP Lab is ready.</span>
      <button type="button" onClick={() => update.apply()}>
        Reload to update
      </button>
      <button type="button" className="update-later" onClick={() => setUpdate(undefined)}>
        Later
      </button>
    </div>
  );
}
