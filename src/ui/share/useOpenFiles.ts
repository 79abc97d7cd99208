// Files dropped on or picked in the Simulator, a lesson or the Playground:
// a shared state or an exported .zip opens that state, an .eml goes to
// Alice's user agent (openFile) or, where the page says so, to its own
// reader (the Playground's MIME explorer). What opens them loads on the
// first file, so a page that only offers `Open file` (the Playground) never
// loads the Simulator's world for it.
import { useCallback } from 'react';
import { shareNotice } from '../../store/shareNotice';

/** A message file by its name, which is how SMTP Lab tells one from a state it opens. */
export const isMessageFile = (name: string): boolean => name.toLowerCase().endsWith('.eml');

/** `onMessage`: where this page reads an .eml instead of handing it to Alice's user agent. */
export function useOpenFiles(onMessage?: (file: File) => void): (files: FileList | readonly File[] | null) => Promise<void> {
  return useCallback(
    async (files) => {
      const file = files?.[0];
      if (!file) return;
      if (onMessage && isMessageFile(file.name)) return onMessage(file);
      try {
        const { openFile } = await import('./openState');
        await openFile(file);
      } catch {
        shareNotice.getState().show({ kind: 'error', message: `${file.name} could not be opened: SMTP Lab could not load what opens it. Try again.` });
      }
    },
    [onMessage],
  );
}
