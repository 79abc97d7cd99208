// A message file opened on the Playground: picked or dropped on the MIME
// explorer's own zone, or outside it (dropped elsewhere on the page, or
// picked with Open file), where on the Playground an .eml is for reading:
// the MIME explorer shows it either way, and Share shares it.
import { playgroundStore } from '../../store/playgroundStore';
import { playgroundHash } from '../shell/routes';
import { outlineFile } from './useMessageView';

/** Shows `file` in the MIME explorer, which is on screen. */
export function openMessageFile(file: File): void {
  // The worker starts on the file now, not after the page has drawn its busy state.
  void outlineFile(file);
  playgroundStore.getState().setFile({ name: file.name, size: file.size, data: file });
}

/** Shows `file` in the MIME explorer, reading (not building), from wherever on the Playground. */
export function offerMessage(file: File): void {
  openMessageFile(file);
  if (playgroundStore.getState().inputs.mime.direction !== 'decode') playgroundStore.getState().setDirection('mime', 'decode');
  window.location.hash = playgroundHash('mime');
}
