import type { Moment } from './useStage';
import { replyLine } from './useStage';

/** Always in the page, so a screen reader hears each revealed reply as its text changes (a region added with its text is often missed). */
export function RevealAnnouncer({ moment }: { moment: Moment }) {
  const text = moment?.kind === 'answered' ? `${moment.stop.exchange.server} answered ${replyLine(moment.stop)}. ${moment.stop.why}` : '';
  return (
    <p className="presenter-announce" aria-live="polite" data-testid="reveal-announcement">
      {text}
    </p>
  );
}
