// `npm run iub -- export calendar --out FIL.ics`: every deadline for the secretariat's shared calendar.
import { exportCalendar } from '../../services/reminders';
import type { ExportKind } from './export';

export const calendarExport: ExportKind = {
  summary: 'alla deadlines som kalenderfil (.ics) för en delad kalender',
  options: {},
  build: (ctx) => exportCalendar(ctx),
};
