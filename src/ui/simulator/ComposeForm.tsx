import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { composeStore, type Draft } from '../../store/simulatorCompose';
import { simulatorStore } from '../../store/simulator';
import { base64Encode } from '../../core/codec/base64';

const MAX_ATTACHMENT = 512 * 1024;

/** Alice's user agent: what she fills in, handed to the world as it is. */
export function ComposeForm() {
  const draft = useStore(composeStore, (s) => s.draft);
  const { edit } = composeStore.getState();
  const id = useId();
  const field = (name: keyof Draft) => ({
    id: `${id}-${name}`,
    value: draft[name] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => edit({ [name]: e.target.value }),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    simulatorStore.getState().compose(draft);
    composeStore.getState().clear();
  };

  // Files over the limit are named, not silently left out.
  const [tooLarge, setTooLarge] = useState<readonly string[]>([]);
  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])];
    e.target.value = '';
    const files = picked.filter((f) => f.size <= MAX_ATTACHMENT);
    setTooLarge(picked.filter((f) => f.size > MAX_ATTACHMENT).map((f) => f.name));
    const added = await Promise.all(
      files.map(async (f) => ({ name: f.name, type: f.type || 'application/octet-stream', data: base64Encode(new Uint8Array(await f.arrayBuffer())) })),
    );
    // The draft as it is now: it may have changed while the files were read.
    edit({ attachments: [...composeStore.getState().draft.attachments, ...added] });
  };

  return (
    <form className="compose" onSubmit={onSubmit} aria-label="Compose">
      <div className="compose-grid">
        <label htmlFor={`${id}-from`}>From</label>
        <input type="text" autoComplete="off" {...field('from')} />
        <label htmlFor={`${id}-to`}>To</label>
        <input type="text" autoComplete="off" {...field('to')} />
        <label htmlFor={`${id}-cc`}>Cc</label>
        <input type="text" autoComplete="off" {...field('cc')} />
        <label htmlFor={`${id}-bcc`}>Bcc</label>
        <input type="text" autoComplete="off" {...field('bcc')} aria-describedby={`${id}-bcc-hint`} />
        <span />
        <small id={`${id}-bcc-hint`} className="muted">
          Bcc recipients go into the envelope only, never into the headers.
        </small>
        <label htmlFor={`${id}-subject`}>Subject</label>
        <input type="text" autoComplete="off" {...field('subject')} />
        <label htmlFor={`${id}-body`}>Message</label>
        <textarea rows={5} {...field('body')} />
        <label htmlFor={`${id}-extraHeaders`}>X- headers</label>
        <textarea rows={2} placeholder="X-Course: Networks 101" {...field('extraHeaders')} />
        <label htmlFor={`${id}-files`}>Attachments</label>
        <div>
          <input id={`${id}-files`} type="file" multiple onChange={onFiles} aria-describedby={`${id}-files-hint`} />
          <small id={`${id}-files-hint`} className="muted" role="status">
            {tooLarge.length > 0
              ? `Not attached, over ${MAX_ATTACHMENT / 1024} KB: ${tooLarge.join(', ')}.`
              : `Up to ${MAX_ATTACHMENT / 1024} KB each.`}
          </small>
          {draft.attachments.length > 0 && (
            <ul className="attachments">
              {draft.attachments.map((a, i) => (
                <li key={`${a.name}-${i}`}>
                  {a.name}{' '}
                  <button
                    type="button"
                    className="sim-button"
                    aria-label={`Remove ${a.name}`}
                    onClick={() => edit({ attachments: draft.attachments.filter((_, j) => j !== i) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="compose-actions">
        <button type="submit" className="sim-button primary">
          Send
        </button>
      </div>
    </form>
  );
}
