// What kind of file the bytes are, by their signature rather than the file name.

export type SniffedFormat = 'empty' | 'pdf' | 'zip' | 'ole' | 'rtf' | 'image' | 'text';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

const SIGNATURES: ReadonlyArray<{ format: SniffedFormat; test(bytes: Uint8Array): boolean }> = [
  { format: 'pdf', test: (b) => Buffer.from(b.subarray(0, 1024)).includes('%PDF-') },
  { format: 'zip', test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) },
  // OLE compound file: legacy .doc, or an encrypted .docx (Office wraps those in OLE).
  { format: 'ole', test: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { format: 'rtf', test: (b) => startsWith(b, [0x7b, 0x5c, 0x72, 0x74, 0x66]) },
  {
    format: 'image',
    test: (b) =>
      startsWith(b, [0x89, 0x50, 0x4e, 0x47]) ||
      startsWith(b, [0xff, 0xd8, 0xff]) ||
      startsWith(b, [0x47, 0x49, 0x46, 0x38]) ||
      (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)),
  },
];

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  return SIGNATURES.find((s) => s.test(bytes))?.format ?? 'text';
}

/** An OLE file holding an "EncryptedPackage" stream is a password-protected Office document. */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}
