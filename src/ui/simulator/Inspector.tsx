import { useMemo } from 'react';
import { envelopeOf, observe, parseMbox, type Observation, type WorldEvent } from '../../core/net/index';
import { MessageView } from './MessageView';
import { SessionDiagram } from './SessionDiagram';
import { useSimulator } from './useSimulator';
import { WireBytes } from './WireBytes';

/** The moment the world stands at: what happened, why, and the exact bytes, or what an observer would see of them. */
export function Inspector() {
  const event = useSimulator((s) => (s.position > 0 ? s.timeline.log[s.position - 1] : undefined));
  const eavesdropper = useSimulator((s) => s.eavesdropper);
  const log = useSimulator((s) => s.timeline.log);
  const connection = useSimulator((s) => (event?.connection ? s.world.connections.get(event.connection) : undefined));
  // A delivery writes one mbox entry: the message as it arrived, taken apart below the bytes.
  const delivered = useMemo(() => (event?.kind === 'append' ? parseMbox(event.bytes).entries[0] : undefined), [event]);
  // Parses the message and reads the log back: once per delivery shown, not on every render of playback.
  const envelope = useMemo(() => (delivered && event ? envelopeOf(delivered, event.to, log, event.seq) : []), [delivered, event, log]);

  return (
    <div className="inspector">
      {!event ? (
        <p className="muted">Step forward or pick an event in the timeline to see its bytes and what they mean.</p>
      ) : (
        <article aria-label={`Event ${event.seq}`}>
          <p className="event-title">
            <span className={`layer-badge layer-${event.layer}`}>{event.layer}</span> <strong>{event.summary}</strong>
          </p>
          <p className="event-hop">
            <code>{event.from}</code>
            {event.from !== event.to && (
              <>
                {' '}→ <code>{event.to}</code>
              </>
            )}
          </p>
          <p className="explanation">
            {event.explanation} <cite className="rfc">{event.rfc}</cite>
          </p>
          {eavesdropper ? (
            <Observer event={event} />
          ) : (
            <WireBytes bytes={event.bytes} ranges={event.ranges} />
          )}
          {connection?.session && <SessionDiagram session={connection.session} server={connection.server} />}
          {delivered && <MessageView content={delivered.content} envelope={{ kind: 'wire', lines: envelope }} />}
        </article>
      )}
    </div>
  );
}

/** What someone tapping the link would capture of this event, as the world says. */
function Observer({ event }: { event: WorldEvent }) {
  const seen = observe(event);
  return (
    <div className={`observer sees-${seen.sees}`} role="note" aria-label="What an eavesdropper sees">
      <p>
        <strong>{HEADLINES[seen.sees]}</strong> {seen.note}
      </p>
      {seen.bytes.length > 0 && <WireBytes bytes={seen.bytes} ranges={seen.sees === 'connection-only' ? [] : event.ranges} />}
    </div>
  );
}

const HEADLINES: Record<Observation['sees'], string> = {
  everything: 'An eavesdropper on this link sees everything.',
  'envelope-and-headers': 'An eavesdropper sees the envelope and headers, not the body.',
  'connection-only': 'An eavesdropper sees only ciphertext.',
  nothing: 'An eavesdropper on the network sees nothing of this.',
};
