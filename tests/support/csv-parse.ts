/**
 * A strict reader of RFC 4180, written apart from the module: fields separated by commas, every record ended by
 * CR LF (the last one too), quotes only around a whole field and doubled inside it. Anything else throws, so a file
 * it reads back is one any reader of the standard reads the same way.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let at = 0;
  while (at < text.length) {
    let value = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        if (at >= text.length) throw new Error('a quoted field is never closed');
        if (text[at] === '"') {
          if (text[at + 1] !== '"') break;
          value += '"';
          at += 2;
        } else value += text.charAt(at++);
      }
      at++;
    } else {
      while (at < text.length && text[at] !== ',' && text[at] !== '\r') {
        if (text[at] === '"' || text[at] === '\n') throw new Error(`a bare ${JSON.stringify(text[at])} at ${at}`);
        value += text.charAt(at++);
      }
    }
    fields.push(value);
    if (text[at] === ',') at++;
    else if (text.startsWith('\r\n', at)) {
      records.push(fields);
      fields = [];
      at += 2;
    } else throw new Error(`a field ends without a comma or CR LF at ${at}`);
  }
  if (fields.length > 0) throw new Error('the last record does not end with CR LF');
  return records;
}
