import { EmptyState } from '../shell/EmptyState';

export function PlaygroundPage() {
  return (
    <EmptyState title="Playground">
      <p>
        Here you will paste base64, quoted-printable, RFC 2047 encoded-words such as{' '}
        <code>=?UTF-8?B?Q2Fmw6k=?=</code>, or a whole <code>.eml</code>, and see every step of the
        decoding linked to the bytes it came from.
      </p>
      <p>The explorers are not built yet.</p>
    </EmptyState>
  );
}
