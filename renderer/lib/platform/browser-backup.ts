/**
 * Browser equivalents of the backup capabilities (issue 7).
 * OWNER: the backups helper replaces these placeholders.
 */
import type { SteeringApi } from '../../../shared/ipc/api';

export const browserBackupPlatform: Pick<SteeringApi, 'saveAutoBackup' | 'listBackups' | 'readBackup' | 'saveFolder'> = {
  async saveAutoBackup() {
    return { saved: false, removed: [] };
  },
  async listBackups() {
    return { backups: [], folder: '' };
  },
  async readBackup() {
    throw new Error('No backups are kept in this browser yet.');
  },
  async saveFolder() {
    return { status: 'cancelled' };
  },
};
