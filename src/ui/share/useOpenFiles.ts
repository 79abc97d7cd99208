// Files dropped on or picked in the Simulator or a lesson: an .eml goes to
// Alice's user agent (as the Playground's `Send through the simulator`;
// refused, and said so, where the lesson withholds Compose), a
// shared state or an exported .zip opens that state (openState: a lesson
// step in the runner, a Simulator state on the Simulator).
import { useCallback } from 'react';
import { simulatorStore } from '../../store/simulator';
import { shareNotice } from '../../store/shareNotice';
import { messageNotice } from './messageNotice';
import { openState, readOpening } from './openState';

export function useOpenFiles(): (files: FileList | readonly File[] | null) => Promise<void> {
  return useCallback(async (files) => {
    const file = files?.[0];
    if (!file) return;
    try {
      const opening = await readOpening(file);
      if (opening.kind === 'message') {
        shareNotice.getState().show(messageNotice(file.name, simulatorStore.getState().submitMessage(opening.bytes)));
      } else if (opening.kind === 'state') await openState(opening.decoded);
      else shareNotice.getState().show({ kind: 'error', message: `${file.name} is not a file SMTP Lab opens: drop an .eml, a .smtplab.json or an exported .zip.` });
    } catch {
      shareNotice.getState().show({ kind: 'error', message: `${file.name} could not be read.` });
    }
  }, []);
}
