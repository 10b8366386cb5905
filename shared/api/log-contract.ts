// The renderer's way into the log: an error it caught (the error boundary) and where the log is.
// Main never trusts what arrives: text is capped and stripped of control characters, so a message can
// neither fill the disk nor forge a line of its own in the log file.
import { z } from 'zod';

export const LOG_MESSAGE_MAX = 1000;
export const LOG_DETAILS_MAX = 8000;
/** Beyond this the call is refused outright rather than cut (nothing legitimate is that long). */
const LOG_INPUT_MAX = 200_000;

// oxlint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

/** One line: every control character (line breaks included) becomes a space, then cut to `max`. */
export function logLine(text: string, max: number): string {
  return text.replace(CONTROL, ' ').trim().slice(0, max);
}

/** Several lines (a stack, a component stack): control characters but the line break removed, each line indented. */
export function logBlock(text: string, max: number): string {
  return text
    .slice(0, max)
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map((line) => logLine(line, max))
    .filter((line) => line !== '')
    .map((line) => `    ${line}`)
    .join('\n');
}

export const logLocationSchema = z.object({
  /** The log file; null when the process logs only to the terminal it was started from (browser mode without --log). */
  fil: z.string().nullable(),
});

export const logContract = {
  'log/error': {
    input: z
      .object({
        message: z
          .string()
          .max(LOG_INPUT_MAX)
          .transform((s) => logLine(s, LOG_MESSAGE_MAX)),
        details: z
          .string()
          .max(LOG_INPUT_MAX)
          .transform((s) => logBlock(s, LOG_DETAILS_MAX))
          .optional(),
      })
      .strict(),
    output: z.object({}),
  },
  'log/location': { input: z.object({}).strict(), output: logLocationSchema },
} as const;
