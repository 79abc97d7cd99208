import { ACTIONS } from '../../store/simulatorActions';
import { ActionButton } from './ActionButton';
import { useSimulator } from './useSimulator';
import { WireBytes } from './WireBytes';

/** The moment the world stands at: what happened, why, and the exact bytes, or what an observer would see of them. */
export function Inspector() {
  const event = useSimulator((s) => (s.position > 0 ? s.timeline.log[s.position - 1] : undefined));
  const eavesdropper = useSimulator((s) => s.eavesdropper);

  return (
    <section className="panel inspector" aria-label="Inspector">
      <h2>
        Inspector
        <span className="inspector-tools">
          <ActionButton action={ACTIONS.eavesdropper} />
        </span>
      </h2>
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
            <Observer encrypted={event.encrypted ?? false} from={event.from} to={event.to} bytes={event.bytes} ranges={event.ranges} />
          ) : (
            <WireBytes bytes={event.bytes} ranges={event.ranges} />
          )}
        </article>
      )}
    </section>
  );
}

function Observer(props: { encrypted: boolean; from: string; to: string; bytes: Uint8Array; ranges: Parameters<typeof WireBytes>[0]['ranges'] }) {
  if (props.from === props.to) return <p className="observer">Nothing crossed a link: an eavesdropper on the network sees nothing of this.</p>;
  if (props.encrypted)
    return (
      <div className="observer" role="note">
        <p>
          <strong>An eavesdropper on this link sees:</strong> {props.bytes.length} octets of TLS ciphertext between{' '}
          <code>{props.from}</code> and <code>{props.to}</code> on port 25, and nothing of the envelope, headers or body.
        </p>
      </div>
    );
  return (
    <div className="observer" role="note">
      <p>
        <strong>An eavesdropper on this link sees everything:</strong> this connection is not encrypted, so every byte below
        crosses the network as plain text.
      </p>
      <WireBytes bytes={props.bytes} ranges={props.ranges} />
    </div>
  );
}
