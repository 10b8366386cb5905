// A generated document (PDF, DOCX, HTML, JSON, CSV, ICS) travels through the contract as base64, so both
// transports carry it the same way; the renderer saves it, the main process never takes a path from it.
import { z } from 'zod';

/** Characters that hide or reorder what a file name shows (bidi overrides, zero-width, BOM). */
const DECEPTIVE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
// oxlint-disable-next-line no-control-regex -- control characters are what this pattern finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A plain file name that stays in the folder it is written to, on Windows, macOS and Linux: no
 * folders, no "." or "..", no control or deceptive characters, nothing Windows refuses.
 */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 200 &&
    name === name.trim() &&
    !/[/\\<>:"|?*]/.test(name) &&
    !CONTROL.test(name) &&
    !DECEPTIVE.test(name) &&
    !/^\.+$/.test(name) &&
    !name.endsWith('.') &&
    !WINDOWS_DEVICE.test(name)
  );
}

export const generatedFileSchema = z.object({
  /** A plain file name without folders, e.g. "protokollsutdrag-2025-09-16-37.pdf". */
  fileName: z.string().max(200).refine(isSafeFileName, { error: 'Ogiltigt filnamn.' }),
  mimeType: z.string().max(100),
  base64: z.string(),
});
export type GeneratedFile = z.infer<typeof generatedFileSchema>;

/** A file the user picked to upload (document import): the name is for display only. */
export const uploadedFileSchema = z.object({
  fileName: z
    .string()
    .max(260, { error: 'Filnamnet är för långt.' })
    .refine((n) => !CONTROL.test(n) && !DECEPTIVE.test(n), { error: 'Filnamnet innehåller otillåtna tecken.' }),
  base64: z
    .string()
    .max(30_000_000, { error: 'Filen är för stor (högst 20 MB).' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Filen kunde inte läsas.' }),
});
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

export const MIME_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  json: 'application/json',
  csv: 'text/csv',
  ics: 'text/calendar',
  zip: 'application/zip',
} as const;

/** Makes a safe, readable file name from free text: "Protokollsutdrag § 37" → "protokollsutdrag-37". */
export function safeFileStem(text: string): string {
  const stem = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return stem || 'dokument';
}
