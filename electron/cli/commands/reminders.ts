// `npm run iub -- reminders [--today ÅÅÅÅ-MM-DD] [--json]`: what is due on a day, for scripts and for
// a morning mail from IT. Shows what Översikt shows: reminders not acknowledged or snoozed.
import { REMINDER_KIND_LABELS, groupForOverview } from '../../../shared/reminders';
import { isIsoDate } from '../../../shared/domain/dates';
import { listReminders } from '../../services/reminders';
import { CliError } from '../cli-error';
import { parse, withServices, type CliCommand } from '../command';

export const remindersCommand: CliCommand = {
  async run(args, env) {
    const { values } = parse(args, { today: { type: 'string' }, json: { type: 'boolean' } });
    if (values.today !== undefined && !isIsoDate(values.today)) throw new CliError('--today ska vara ett datum, ÅÅÅÅ-MM-DD.', 2);
    return withServices(
      env,
      values.db,
      async ({ ctx }) => {
        const { today, reminders } = await listReminders(ctx);
        const groups = groupForOverview(reminders);
        const shown = [...groups.overdue, ...groups.soon, ...groups.later];
        if (values.json) {
          console.log(JSON.stringify({ reminders: shown.map((r) => ({ kind: r.kind, due: r.due, subject: r.subject, overdue: r.overdue })) }, null, 2));
          return 0;
        }
        if (shown.length === 0) {
          console.log(`Inga aktuella påminnelser ${today}.`);
          return 0;
        }
        console.log(`Påminnelser ${today}:`);
        const sections: Array<[string, typeof shown]> = [
          ['Försenade', groups.overdue],
          ['Inom 30 dagar', groups.soon],
          ['Senare', groups.later],
        ];
        for (const [heading, list] of sections) {
          if (list.length === 0) continue;
          console.log(`\n${heading}:`);
          for (const r of list) console.log(`  ${r.due}  ${REMINDER_KIND_LABELS[r.kind]}\n    ${r.subject}`);
        }
        return 0;
      },
      { today: values.today },
    );
  },
};
