// `Open file`: a shared state, an export, or an .eml, picked instead of
// dropped (useOpenFiles opens it either way). In the Simulator's header, a
// lesson's and the Playground's.
import { useOpenFiles } from './useOpenFiles';

/** `onMessage`: as useOpenFiles'. */
export function OpenFileButton({ onMessage, className = 'sim-button' }: { onMessage?: (file: File) => void; className?: string }) {
  const openFiles = useOpenFiles(onMessage);
  return (
    <label className={`${className} open-file`}>
      Open file
      <input
        type="file"
        accept=".smtplab.json,.json,.zip,.eml"
        className="visually-hidden"
        onChange={(e) => {
          void openFiles(e.currentTarget.files);
          // The same file picked again is a change too.
          e.currentTarget.value = '';
        }}
      />
    </label>
  );
}
