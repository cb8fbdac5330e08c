/** Live list of the export templates (built-ins first, then copies). */
import { useLiveQuery } from 'dexie-react-hooks';
import { listExportTemplates } from '../repos/templates-repo';

export const useExportTemplates = () => useLiveQuery(() => listExportTemplates(), []);
