// The Simulator or a lesson as a drop target: files dropped anywhere on it
// are opened (useOpenFiles); the browser's own drop (navigating to the file)
// is stopped.
import { useState, type DragEvent } from 'react';
import { useOpenFiles } from './useOpenFiles';

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

export function useFileDrop() {
  const openFiles = useOpenFiles();
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragOver: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: (e: DragEvent) => {
        if (e.currentTarget === e.target) setOver(false);
      },
      onDrop: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        void openFiles(e.dataTransfer.files);
      },
    },
  };
}
