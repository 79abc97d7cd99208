// Pick a file with a button or drop it on the zone; the bytes go to
// `onFile`, or the unread file to `onPick` (for a reader that hands it to a
// worker: a large file is then never read on the main thread).
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { readFile } from './download';

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
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
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
