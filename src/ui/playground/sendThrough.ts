// The message on the page handed to Alice's user agent in the Simulator.
// The Simulator's store (the world, its scenarios) loads on the first
// send, so it never weighs on the Playground's first paint.
import { shareNotice } from '../../store/shareNotice';
import { messageNotice } from '../share/messageNotice';

/**
 * True when Alice's user agent took it (the page then goes to watch it
 * travel); false when the lesson or challenge on screen withholds Compose,
 * and the page then says so in the words the Simulator uses for a dropped .eml.
 * `name`: the message's file, or how the notice names a pasted one.
 */
export async function sendThroughSimulator(message: Uint8Array, name: string): Promise<boolean> {
  const { simulatorStore } = await import('../../store/simulator');
  const refused = simulatorStore.getState().submitMessage(message);
  if (refused) shareNotice.getState().show(messageNotice(name, refused));
  else shareNotice.getState().clear();
  return !refused;
}
