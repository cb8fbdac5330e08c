import { m0001 } from './0001-initial';
import { m0002 } from './0002-history-templates';
import { m0003 } from './0003-lean-item-indexes';
import { m0004 } from './0004-built-in-template-copies';
import type { Migration } from './types';

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
