// The playground's explorers as data: the overview, the tabs and the routes
// all read this one list.
import type { ExplorerId } from '../../store/playgroundStore';

export type ExplorerInfo = { id: ExplorerId; title: string; summary: string; rfc: string; sample: string };

export const EXPLORERS: readonly ExplorerInfo[] = [
  {
    id: 'base64',
    title: 'Base64',
    summary: 'Four characters carry three bytes: see each quantum become 24 bits and then bytes, as in AUTH LOGIN’s VXNlcm5hbWU6.',
    rfc: 'RFC 4648 §4, RFC 2045 §6.8',
    sample: 'VXNlcm5hbWU6 → Username:',
  },
  {
    id: 'quoted-printable',
    title: 'Quoted-printable',
    summary: 'Mostly-ASCII text with =XX escapes and soft line breaks: =E9 is é in Latin-1.',
    rfc: 'RFC 2045 §6.7',
    sample: 'Caf=E9 → Café',
  },
  {
    id: 'encoded-words',
    title: 'Encoded-words',
    summary: 'Non-ASCII in headers, such as =?UTF-8?B?Q2Fmw6k=?= in a Subject: charset, B or Q, and the text.',
    rfc: 'RFC 2047',
    sample: '=?UTF-8?B?Q2Fmw6k=?= → Café',
  },
  {
    id: 'mime',
    title: 'MIME message',
    summary: 'Open a whole .eml: its part tree linked to the raw bytes, headers decoded, text, HTML (safely), images and attachments.',
    rfc: 'RFC 2045–2049, RFC 5322',
    sample: 'multipart/mixed → parts',
  },
  {
    id: 'received',
    title: 'Received headers',
    summary: 'Paste a message’s headers and follow its route hop by hop, with the delay between hops and clocks that disagree.',
    rfc: 'RFC 5321 §4.4',
    sample: 'Received: → hops',
  },
];

export function explorerInfo(id: ExplorerId): ExplorerInfo {
  return EXPLORERS.find((e) => e.id === id) ?? EXPLORERS[0]!;
}
