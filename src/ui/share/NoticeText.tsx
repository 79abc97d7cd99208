// What a link or file did, said the same way on every page that opens them.
import type { Notice } from '../../store/shareNotice';

/** A notice of something that did not happen: shown as an alert, in the error's colour. */
export const isAlert = (notice: Notice | undefined): boolean => notice !== undefined && notice.kind !== 'info';

export function NoticeText({ notice }: { notice: Notice }) {
  return <p>{notice.kind === 'error' ? `This link or file could not be opened. ${notice.message}` : notice.message}</p>;
}
