// What the Export and `Download .smtplab.json` buttons call: the files made
// by core, the zip made on demand, saved through the Playground's download.
import { exportSession, shareFileText, type SessionExport, type SharedState } from '../../core/share/index';
import { utf8Bytes } from '../../core/mime/bytes';
import { download } from '../playground/download';
import { shareUrl } from './link';
import { zipFiles } from './zip';

/** `smtp-lab-<scenario>.zip`: the session's files, with README.txt holding the link to `base` (the page's URL). */
export async function downloadSessionZip(s: Omit<SessionExport, 'link' | 'state'> & { state: SharedState; id: string; base: string }): Promise<void> {
  const link = await shareUrl(s.state, s.base);
  const name = `smtp-lab-${s.id}`;
  download(await zipFiles(exportSession({ ...s, link }), name), `${name}.zip`, 'application/zip');
}

export function downloadShareFile(state: SharedState, name: string): void {
  download(utf8Bytes(shareFileText(state)), `${name}.smtplab.json`, 'application/json');
}
