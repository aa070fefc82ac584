/**
 * Text as Notepad on Thai Windows saves it as "ANSI" (TIS-620, which Windows-874 extends): ASCII as itself, Thai
 * U+0E01-U+0E5B as the bytes 0xA1-0xFB. Anything else has no byte, as in the real encoding, nor do U+0E3B-U+0E3E,
 * which Unicode leaves unassigned in the Thai block.
 */
export function tis620Bytes(text: string): Uint8Array {
  return Uint8Array.from([...text], (character) => {
    const point = character.codePointAt(0) ?? 0;
    if (point < 0x80) return point;
    if (point >= 0x0e01 && point <= 0x0e5b && (point < 0x0e3b || point > 0x0e3e)) return point - 0x0e01 + 0xa1;
    throw new Error(`TIS-620 has no byte for U+${point.toString(16).toUpperCase()}`);
  });
}
