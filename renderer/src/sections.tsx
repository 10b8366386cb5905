// The app's sections, in menu order. Each screen receives the rest of the route.
import type { ComponentType } from 'react';
import { OverviewPage } from './features/overview/OverviewPage';
import { CataloguePage } from './features/catalogue/CataloguePage';
import { DecisionsPage } from './features/decisions/DecisionsPage';
import { RemindersPage } from './features/reminders/RemindersPage';
import { ExportPage } from './features/export/ExportPage';
import { SettingsPage } from './features/settings/SettingsPage';

export interface Section {
  path: string;
  label: string;
  component: ComponentType<{ route: string[] }>;
}

export const SECTIONS: Section[] = [
  { path: 'oversikt', label: 'Översikt', component: OverviewPage },
  { path: 'katalog', label: 'Katalog', component: CataloguePage },
  { path: 'beslut', label: 'Sammanträden och beslut', component: DecisionsPage },
  { path: 'paminnelser', label: 'Påminnelser', component: RemindersPage },
  { path: 'export', label: 'Export', component: ExportPage },
  { path: 'installningar', label: 'Inställningar', component: SettingsPage },
];
