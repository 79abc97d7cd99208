// A message file opened on the Playground outside the MIME explorer's own
// picker (dropped elsewhere on the page, or picked with Open file): on the
// Playground an .eml is for reading, so the MIME explorer takes it as if it
// had been picked with its own button.
import { createStore } from 'zustand/vanilla';
import { playgroundStore } from '../../store/playgroundStore';
import { playgroundHash } from '../shell/routes';

export const offeredMessage = createStore<{ file?: File }>()(() => ({}));

export function offerMessage(file: File): void {
  offeredMessage.setState({ file });
  if (playgroundStore.getState().inputs.mime.direction !== 'decode') playgroundStore.getState().setDirection('mime', 'decode');
  window.location.hash = playgroundHash('mime');
}
