// What the Share button and the page that opens a link call: core's codec
// bound to the platform's compression.
import { decodeShare, encodeShare, type Decoded, type SharedState } from '../../core/share/index';
export { tooBigToShare } from '../../core/share/index';
import { deflateRaw, inflateRaw } from './compression';

/** Links longer than this are hard to paste into chat or a slide: offer a file instead (issue 15 §1). */
export const LINK_FILE_THRESHOLD = 2000;

export function shareHash(state: SharedState): Promise<string> {
  return encodeShare(state, deflateRaw);
}

/** A link, a hash or a whole URL, opened; never throws. */
export function openShared(text: string): Promise<Decoded<SharedState>> {
  return decodeShare(text, inflateRaw);
}

/** The full URL of a state on this page's origin and path. */
export async function shareUrl(state: SharedState, base: string): Promise<string> {
  return `${base.replace(/#.*$/, '')}${await shareHash(state)}`;
}
