// A page as a drop target (the Simulator, a lesson, the Playground): files
// dropped anywhere on it are opened (useOpenFiles); the browser's own drop
// (navigating to the file) is stopped. A drop that a zone inside already
// took (the MIME explorer's own, for its .eml) is that zone's.
import { useState, type DragEvent } from 'react';
import { useOpenFiles } from './useOpenFiles';

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');
const taken = (e: DragEvent) => e.nativeEvent.defaultPrevented;

/** `onMessage`: as useOpenFiles'. */
export function useFileDrop(onMessage?: (file: File) => void) {
  const openFiles = useOpenFiles(onMessage);
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragOver: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        if (taken(e)) return setOver(false);
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: (e: DragEvent) => {
        if (e.currentTarget === e.target) setOver(false);
      },
      onDrop: (e: DragEvent) => {
        setOver(false);
        if (!hasFiles(e) || taken(e)) return;
        e.preventDefault();
        void openFiles(e.dataTransfer.files);
      },
    },
  };
}
