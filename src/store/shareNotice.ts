// What the page says about a link or file that could not be opened (issue
// 15 §1 "Bad links"): a message beside the person's work, which is left as
// it was, until they dismiss it.
import { createStore } from 'zustand/vanilla';

/** `error`: a link or file that could not be opened; `refused`: one opened but not acted on, and why; `info`: what one did. */
export type Notice = { kind: 'error' | 'refused' | 'info'; message: string };

export const shareNotice = createStore<{ notice: Notice | undefined; show(n: Notice): void; clear(): void }>()((set) => ({
  notice: undefined,
  show: (notice) => set({ notice }),
  clear: () => set({ notice: undefined }),
}));
