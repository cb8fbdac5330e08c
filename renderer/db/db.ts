/**
 * The Dexie database. Domain data lives here (never in the Zustand store) and is read in
 * components through `useLiveQuery`, via the repos in renderer/db/repos.
 */
import Dexie, { type Table } from 'dexie';
import type {
  ActionRow, AgendaEntryRow, DecisionRow, HistoryRow, ItemRow, MeetingRow, MemberRow, SettingRow, SourceRow,
  TableName, TagRow, TeamRow, TemplateRow, ThreadRow, UpdateRow,
} from '../../shared/model';
import { MIGRATIONS } from './migrations';
import { MigrationError } from './errors';

export const DB_NAME = 'steering-desk';

export class SteeringDb extends Dexie {
  sources!: Table<SourceRow, string>;
  threads!: Table<ThreadRow, string>;
  teams!: Table<TeamRow, string>;
  updates!: Table<UpdateRow, string>;
  items!: Table<ItemRow, string>;
  tags!: Table<TagRow, string>;
  decisions!: Table<DecisionRow, string>;
  actions!: Table<ActionRow, string>;
  meetings!: Table<MeetingRow, string>;
  agendaEntries!: Table<AgendaEntryRow, string>;
  members!: Table<MemberRow, string>;
  settings!: Table<SettingRow, string>;
  templates!: Table<TemplateRow, string>;
  history!: Table<HistoryRow, string>;

  constructor(name = DB_NAME, migrations = MIGRATIONS) {
    super(name);
    for (const m of migrations) {
      const version = this.version(m.version).stores(m.stores);
      const upgrade = m.upgrade;
      if (upgrade) {
        // Name the failure so start-up can show the recovery screen (the upgrade is rolled back).
        version.upgrade(async (tx) => {
          try {
            await upgrade(tx);
          } catch (error) {
            throw new MigrationError(m.version, error);
          }
        });
      }
    }
  }

  /** Every domain table, for backups and restores. */
  domainTable(name: TableName): Table<Record<string, unknown>, string> {
    return this.table(name);
  }
}
