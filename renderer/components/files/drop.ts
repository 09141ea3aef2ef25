// Files dropped onto the window (issue 21 point 4). A field that takes a file is a drop target of its own; a
// scan dropped anywhere else goes to the record open now (the last mounted window target, e.g. the drawer's
// 上传扫描件), any other file to the shell's router (setWindowDrop); the window never navigates to the file.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { PICK_EXTENSIONS } from '../../../db/domain/vocab';

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
    if (!file) return;
    // A scan goes to the record open now; any other file (or a scan with no record open) to the router.
    const target = windowTargets.at(-1);
    const scan = PICK_EXTENSIONS.scan.includes(file.name.split('.').pop()?.toLowerCase() ?? '');
    if (scan && target) target.take.current(file);
    else elsewhere?.(file);
  });
}

let elsewhere: Take | null = null;

/** Where a file dropped on the window goes when no open record takes it (the shell's router); null: nowhere. */
export function setWindowDrop(take: Take | null): void {
  listen();
  elsewhere = take;
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
