// What a link or file did, said the same way on every page that opens them.
import type { Notice } from '../../store/shareNotice';

export function NoticeText({ notice }: { notice: Notice }) {
  return <p>{notice.kind === 'error' ? `This link or file could not be opened. ${notice.message}` : notice.message}</p>;
}
