// The Simulator's share tools in its header: Share, Export (one .zip of the
// session), Copy transcript (the events the list shows) and Open file (a
// shared state, an export, or an .eml for Alice to send).
import { useState } from 'react';
import { ALL_SCENARIOS, sharedView, simulatorStore } from '../../store/simulator';
import { simulatorShare } from '../../store/share';
import { downloadSessionZip } from './downloads';
import { OpenFileButton } from './OpenFileButton';
import { ShareButton } from './ShareButton';
import { copyTranscript } from './transcriptClipboard';

const shareName = () => `smtp-lab-${simulatorStore.getState().scenarioId}`;

export function SessionTools() {
  const [status, setStatus] = useState('');

  const exportZip = async () => {
    const s = simulatorStore.getState();
    const scenario = ALL_SCENARIOS.find((sc) => sc.id === s.scenarioId)!;
    setStatus('Making the .zip…');
    try {
      await downloadSessionZip({ head: { title: scenario.title, goal: scenario.goal, seed: sharedView(s)?.seed ?? 1 }, timeline: s.timeline, state: simulatorShare(s), id: s.scenarioId, base: window.location.href });
      setStatus('Exported the session as a .zip.');
    } catch {
      setStatus('The export failed; try again.');
    }
  };

  const copy = async () => {
    const s = simulatorStore.getState();
    const shown = s.timeline.log.filter((e) => s.layers[e.layer]);
    const ok = await copyTranscript(shown, s.timeline.log[0]?.time ?? 0);
    setStatus(ok ? `Copied the transcript of ${shown.length} events (the layers shown), as text and coloured HTML.` : 'The clipboard was not available.');
  };

  return (
    <div className="session-tools">
      <ShareButton make={() => simulatorShare(simulatorStore.getState())} name={shareName()} />
      <button type="button" className="sim-button" onClick={() => void exportZip()}>
        Export
      </button>
      <button type="button" className="sim-button" onClick={() => void copy()}>
        Copy transcript
      </button>
      <OpenFileButton />
      <p className="session-status" role="status">
        {status}
      </p>
    </div>
  );
}
