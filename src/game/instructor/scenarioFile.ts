/**
 * The instructor's scenario file, kept so that "Reload from file" re-reads it while they edit.
 * Chromium's File System Access API (`showOpenFilePicker`) gives a handle that reads the file's
 * current content each time, with no new dialog; elsewhere a file chosen in an <input> is a
 * snapshot, so reloading means choosing the file again.
 */

/** A chosen file: its name, and how to read it again (null: only by choosing it again). */
export interface WatchedFile {
  name: string;
  reread: (() => Promise<File>) | null;
}

interface OpenFilePickerOptions {
  multiple?: boolean;
  excludeAcceptAllOption?: boolean;
  types?: { description: string; accept: Record<string, string[]> }[];
}
type PickerWindow = Window & {
  showOpenFilePicker?: (options?: OpenFilePickerOptions) => Promise<FileSystemFileHandle[]>;
};

export function canKeepFileHandle(): boolean {
  return typeof (window as PickerWindow).showOpenFilePicker === 'function';
}

/** Asks for a file with the File System Access API; null when the user cancels. */
export async function pickWatchedFile(): Promise<WatchedFile | null> {
  const picker = (window as PickerWindow).showOpenFilePicker;
  if (!picker) return null;
  let handles: FileSystemFileHandle[];
  try {
    handles = await picker.call(window, {
      multiple: false,
      types: [{ description: 'Accord scenario (JSON)', accept: { 'application/json': ['.json'] } }],
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
  const handle = handles[0];
  if (!handle) return null;
  return { name: handle.name, reread: () => handle.getFile() };
}

/** A file chosen in an <input>: it cannot be read afresh, so reloading asks for it again. */
export function inputFile(file: File): WatchedFile {
  return { name: file.name, reread: null };
}
