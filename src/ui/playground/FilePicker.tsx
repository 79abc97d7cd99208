// Pick a file with a button or drop it on the zone; the bytes go to
// `onFile`, or the unread file to `onPick` (for a reader that hands it to a
// worker: a large file is then never read on the main thread).
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { readFile } from './download';

/**
 * Whether a dropped file is one `accept` names, as the picker's dialog reads
 * the list. One the zone does not take is left to the page, which opens a
 * .smtplab.json or an export dropped on the MIME explorer's zone as it does
 * anywhere else. A file with no extension and no type is taken: it may well
 * be a message.
 */
export function accepts(accept: string | undefined, file: Pick<File, 'name' | 'type'>): boolean {
  if (!accept) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  if (!type && !name.includes('.')) return true;
  return accept.split(',').some((raw) => {
    const a = raw.trim().toLowerCase();
    if (a.startsWith('.')) return name.endsWith(a);
    return a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : type === a;
  });
}

type Take = { onFile(bytes: Uint8Array, name: string): void } | { onPick(file: File): void };
type Props = Take & { label: string; accept?: string; children?: ReactNode };

export function FilePicker({ label, accept, children, ...to }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = async (file: File | undefined) => {
    if (!file) return;
    if ('onPick' in to) to.onPick(file);
    else to.onFile(await readFile(file), file.name);
  };
  const drop = (e: DragEvent) => {
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !accepts(accept, file)) return;
    e.preventDefault();
    void take(file);
  };
  return (
    <div
      className={`pg-drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <button type="button" className="pg-button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        aria-label={label}
        onChange={(e) => {
          void take(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <span className="pg-drop-hint">{children ?? 'or drop a file here'}</span>
    </div>
  );
}
