import { useEffect } from 'react';
import { readBrowserFiles } from '../../lib/platform';
import { useUi } from '../../store';
import { startNewImport } from './actions';

/** Files dropped anywhere on the window go to the import preview. */
export function useFileDrop(): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      void readBrowserFiles(files).then((read) => {
        const ui = useUi.getState();
        ui.setView('import');
        if (read.refused.length > 0) {
          const first = read.refused[0]!;
          ui.setImportPhase({ kind: 'failed', fileName: first.name, message: `${first.name} ${first.reason}. Nothing was imported.` });
          return;
        }
        void startNewImport(read.files);
      });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
