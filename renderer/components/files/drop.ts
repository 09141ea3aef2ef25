// Files dropped onto the window (issue 21 point 4). A field that takes a file is a drop target of its own; a
// drop anywhere else goes to the record open now (the last mounted window target, e.g. the drawer's 上传扫描件),
// and never makes the window navigate to the file.
import { useEffect, useRef, useState, type DragEvent } from 'react';

type Take = (file: File) => void;
const windowTargets: { take: React.RefObject<Take> }[] = [];
let listening = false;

function hasFiles(e: { dataTransfer: DataTransfer | null }): boolean {
  return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
}

function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    const target = windowTargets.at(-1);
    if (file && target) target.take.current(file);
  });
}

/** Handlers for an element that takes a dropped file, and whether a file is held over it now. */
export function useFileDrop(take: Take, opts: { window?: boolean } = {}) {
  const [over, setOver] = useState(false);
  const ref = useRef<Take>(take);
  // The latest handler, for drops that come after a re-render.
  useEffect(() => {
    ref.current = take;
  });
  useEffect(() => {
    listen();
    if (!opts.window) return undefined;
    const entry = { take: ref };
    windowTargets.push(entry);
    return () => {
      windowTargets.splice(windowTargets.indexOf(entry), 1);
    };
  }, [opts.window]);
  return {
    over,
    props: {
      onDragOver: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        // Taken here: the window's own target must not take it again.
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) ref.current(file);
      },
    },
  };
}

/** The dropped file's path where the shell can tell it (Electron's preload); the Chromium bridge cannot. */
export function droppedPath(file: File): string | null {
  const shell = (window as { baomiFiles?: { pathOf(f: File): string } }).baomiFiles;
  const p = shell?.pathOf(file);
  return p ? p : null;
}
