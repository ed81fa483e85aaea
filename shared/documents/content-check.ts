/**
 * Whether a file's first bytes are what its declared type says. The type decides how a reader opens
 * the file, so a PNG or an HTML page declared as a PDF must never reach an evaluator as one.
 */

/** How many leading bytes the check reads: enough for every signature and a fair sample of text. */
export const sniffBytes = 4096;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpeg = [0xff, 0xd8, 0xff];
const zip = [0x50, 0x4b, 0x03, 0x04]; // DOCX, XLSX and ODT are ZIP containers

/**
 * Text a spreadsheet can open: no NUL bytes and valid UTF-8. When `truncated`, the sample may end in
 * the middle of a character, so up to three trailing bytes are allowed to be an unfinished sequence.
 */
const isText = (bytes: Uint8Array, truncated: boolean) => {
  if (bytes.includes(0)) return false;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let cut = 0; cut <= (truncated ? 3 : 0); cut += 1) {
    try {
      decoder.decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // Try again without the last byte: it may be the start of a character the sample cut off.
    }
  }
  return false;
};

const checks: Record<string, (bytes: Uint8Array, truncated: boolean) => boolean> = {
  "application/pdf": (b) => startsWith(b, pdf),
  "image/png": (b) => startsWith(b, png),
  "image/jpeg": (b) => startsWith(b, jpeg),
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (b) => startsWith(b, zip),
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (b) => startsWith(b, zip),
  "application/vnd.oasis.opendocument.text": (b) => startsWith(b, zip),
  "text/csv": isText,
};

/**
 * True when `firstBytes` (the start of the file; `truncated` when the file is longer) fit the declared
 * type. An unknown type never fits.
 */
export const contentMatchesType = (
  contentType: string,
  firstBytes: Uint8Array,
  truncated: boolean,
): boolean => checks[contentType]?.(firstBytes, truncated) ?? false;
