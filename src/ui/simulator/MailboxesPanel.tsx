import { useMemo, useState } from 'react';
import { parseMessage } from '../../core/mime/index';
import { listedMailboxes, mailboxBytes, mailboxEnvelope, parseMbox, type MboxEntry } from '../../core/net/index';
import { mailboxPins } from '../../store/mailboxPins';
import { MessageView } from './MessageView';
import { useSimulator } from './useSimulator';

type Box = { host: string; user: string; path: string; entries: MboxEntry[]; subjects: string[] };

/**
 * The /var/mail/<user> files of the world at the current step — on the host
 * that delivers to each, or wherever mail actually is — and each message
 * opened up with the envelope its copy knows.
 */
export function MailboxesPanel() {
  const hosts = useSimulator((s) => s.world.hosts);
  // In the level builder a mailbox or a message can be pinned as a check, as an event can.
  const building = useSimulator((s) => s.visiting?.kind === 'builder');
  // Parsed when the mailboxes change, not on every step of playback.
  const boxes = useMemo<Box[]>(
    () =>
      listedMailboxes({ hosts }).map(({ host, user }) => {
        const entries = parseMbox(mailboxBytes(hosts[host]!, user) ?? new Uint8Array(0)).entries;
        return { host, user, path: `/var/mail/${user}`, entries, subjects: entries.map((e) => subjectOf(e.content)) };
      }),
    [hosts],
  );
  const [open, setOpen] = useState<{ box: string; index: number } | undefined>();
  const key = (b: Box) => `${b.host}:${b.path}`;
  const box = open && boxes.find((b) => key(b) === open.box);
  const chosen = box && box.entries[open.index];
  const envelope = useMemo(() => (chosen ? mailboxEnvelope(chosen) : undefined), [chosen]);

  if (boxes.length === 0) return <p className="muted">No host has a mailbox yet.</p>;
  return (
    <div className="mailboxes">
      <ul className="mailbox-list">
        {boxes.map((b) => (
          <li key={key(b)}>
            <h3>
              <code>{b.path}</code> <span className="muted">on {b.host}</span>
              {b.entries.length === 0 && <span className="muted"> · empty</span>}
              {building && (
                <button type="button" className="sim-button pin-button" onClick={() => mailboxPins()?.mailbox(b.host, b.user)}>
                  Pin<span className="sr-only"> mailbox {b.path} on {b.host}</span>
                </button>
              )}
            </h3>
            {b.entries.length > 0 && (
              <ol aria-label={`${b.path} on ${b.host}`}>
                {b.entries.map((e, i) => (
                  <li key={e.offset}>
                    <button
                      type="button"
                      className="message-row"
                      aria-pressed={open?.box === key(b) && open.index === i}
                      onClick={() => setOpen({ box: key(b), index: i })}
                    >
                      <span className="from">{e.sender}</span> <span className="subject">{b.subjects[i]}</span>{' '}
                      <span className="muted">{e.date}</span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ul>
      {chosen && building && box && (
        <button type="button" className="sim-button pin-button" onClick={() => mailboxPins()?.message(box.host, box.user, open.index)}>
          Pin this message
        </button>
      )}
      {chosen && envelope && <MessageView content={chosen.content} envelope={{ kind: 'copy', copy: envelope }} />}
    </div>
  );
}

function subjectOf(content: Uint8Array): string {
  const h = parseMessage(content).root.headers.find((x) => x.name.toLowerCase() === 'subject');
  return h?.decoded || '(no subject)';
}
