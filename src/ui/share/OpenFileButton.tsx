// `Open file`: a shared state, an export, or an .eml for Alice to send,
// picked instead of dropped (useOpenFiles opens it either way). In the
// Simulator's header and in a lesson's.
import { useOpenFiles } from './useOpenFiles';

export function OpenFileButton() {
  const openFiles = useOpenFiles();
  return (
    <label className="sim-button open-file">
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
