/**
 * The text of a file a counsellor opens on the group page, whatever the program that saved it chose: UTF-8 (with or
 * without a byte-order mark), UTF-16 with a byte-order mark, or the Thai "ANSI" of Notepad and Excel on Thai Windows
 * (Windows-874, a superset of TIS-620). Pure.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

export type DecodedFile = { text: string; encoding: TextEncodingName } | { problem: 'binary' };

/** How much of the start is looked at for signs of a file that is not text. */
const openingLength = 4096;

/**
 * Decodes a text file's bytes. A byte-order mark says the encoding; without one, bytes that are valid UTF-8 are read
 * as UTF-8 and any others as Windows-874, the only single-byte encoding Thai Windows saves in. A NUL or an
 * undecodable byte near the start means it is not text at all (a picture, a spreadsheet, UTF-16 with no mark).
 * @example decodeTextFile(new Uint8Array([0xbc, 0xc5, 0x20, 0x31])) // { text: 'ผล 1', encoding: 'windows-874' }
 */
export function decodeTextFile(bytes: Uint8Array): DecodedFile {
  const decoded = decodedByMark(bytes) ??
    utf8Only(bytes) ?? {
      text: new TextDecoder('windows-874').decode(bytes),
      encoding: 'windows-874' as const,
    };
  const opening = decoded.text.slice(0, openingLength);
  if (opening.includes('\0') || opening.includes('\uFFFD')) return { problem: 'binary' };
  return decoded;
}

function decodedByMark(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | undefined {
  let encoding: TextEncodingName | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  // The decoder drops the mark itself.
  return encoding && { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** The text, when every byte is valid UTF-8: decoded once, since a chat export can be megabytes. */
function utf8Only(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return undefined;
  }
}
