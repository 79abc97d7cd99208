// Opens `#/s/1.…` when the page is loaded with it or the hash changes to it,
// and a Simulator state from a file opened on another page (openWaiting).
import { useEffect } from 'react';
import { LINK_PREFIX } from '../../core/share/index';
import { openLink, openWaiting } from './openState';

export function useSharedLink(): void {
  useEffect(() => {
    const check = () => {
      if (window.location.hash.startsWith(LINK_PREFIX)) void openLink(window.location.hash);
    };
    openWaiting();
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
}
