import { useMemo, useState } from 'react';
import { parseMessage } from '../../core/mime/index';
import { envelopeOf, mailboxBytes, parseMbox, type MboxEntry } from '../../core/net/index';
import { MessageView } from './MessageView';
import { useSimulator } from './useSimulator';

type Box = { host: string; user: string; path: string; entries: MboxEntry[]; subjects: string[] };

/** Every /var/mail/<user> of the world at the current step, and each message opened up. */
export function MailboxesPanel() {
  const hosts = useSimulator((s) => s.world.hosts);
  const log = useSimulator((s) => s.timeline.log);
  const position = useSimulator((s) => s.position);
  // Parsed when the mailboxes change, not on every step of playback.
  const boxes = useMemo<Box[]>(
    () =>
      Object.values(hosts).flatMap((h) =>
        Object.keys(h.mailboxes).map((user) => {
          const entries = parseMbox(mailboxBytes(h, user) ?? new Uint8Array(0)).entries;
          return { host: h.name, user, path: `/var/mail/${user}`, entries, subjects: entries.map((e) => subjectOf(e.content)) };
        }),
      ),
    [hosts],
  );
  const [open, setOpen] = useState<{ box: string; index: number } | undefined>();
  const key = (b: Box) => `${b.host}:${b.path}`;
  const box = open && boxes.find((b) => key(b) === open.box);
  const chosen = box && box.entries[open.index];
  const envelope = useMemo(() => (box && chosen ? envelopeOf(chosen, box.host, log, position) : []), [box, chosen, log, position]);

  if (boxes.length === 0) return <p className="muted">No host has a mailbox yet.</p>;
  return (
    <div className="mailboxes">
      <ul className="mailbox-list">
        {boxes.map((b) => (
          <li key={key(b)}>
            <h3>
              <code>{b.path}</code> <span className="muted">on {b.host}</span>
              {b.entries.length === 0 && <span className="muted"> · empty</span>}
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
      {box && chosen && <MessageView content={chosen.content} envelope={envelope} />}
    </div>
  );
}

function subjectOf(content: Uint8Array): string {
  const h = parseMessage(content).root.headers.find((x) => x.name.toLowerCase() === 'subject');
  return h?.decoded || '(no subject)';
}
