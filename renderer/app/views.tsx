import type { ComponentType } from 'react';
import type { View } from '../store';
import { TeamsView } from '../features/teams/TeamsView';
import { ItemsView } from '../features/items/ItemsView';
import { DecisionsView } from '../features/decisions/DecisionsView';
import { MeetingsView } from '../features/meetings/MeetingsView';
import { ImportView } from '../features/import/ImportView';
import { SettingsView } from '../features/settings/SettingsView';

export const VIEW_COMPONENTS: Record<View, ComponentType> = {
  teams: TeamsView,
  items: ItemsView,
  decisions: DecisionsView,
  meetings: MeetingsView,
  import: ImportView,
  settings: SettingsView,
};

/** Each view's name in a sentence ("The Items view could not be shown: …"). */
export const VIEW_LABELS: Record<View, string> = {
  teams: 'Teams',
  items: 'Items',
  decisions: 'Decisions',
  meetings: 'Meetings',
  import: 'Import',
  settings: 'Settings',
};
