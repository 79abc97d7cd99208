// What the page says of a message (.eml) dropped or picked for Alice's user
// agent: that it was handed over, or, where the lesson or challenge on
// screen withholds Compose (the store refuses it), that it was not sent and why.
import type { Notice } from '../../store/shareNotice';
import type { Refusal } from '../../store/simulator';

export function messageNotice(file: string, refused: Pick<Refusal, 'by'> | undefined): Notice {
  if (!refused) return { kind: 'info', message: `${file} handed to Alice’s user agent.` };
  const visit = refused.by === 'challenge' ? 'challenge' : 'lesson';
  return { kind: 'refused', message: `${file} was not sent: this ${visit} withholds Compose (Alice’s user agent), so here a message is typed at a shell.` };
}
