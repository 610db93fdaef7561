// The source of record is kept byte for byte; two files hold the same page when their text is
// the same after line endings and a byte-order mark are normalised.
import { createHash } from 'node:crypto';

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Text with a UTF-8 BOM removed and CRLF / CR line endings made LF. */
export const normaliseLineEndings = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** SHA-256 of a page's text after line-ending and BOM normalisation. */
export const normalisedDigest = (bytes: Uint8Array) => sha256(normaliseLineEndings(Buffer.from(bytes).toString('utf8')));

/**
 * Line of the first byte that is not UTF-8, in one pass: the lenient decoder turns each bad
 * sequence into U+FFFD; the first U+FFFD not spelled EF BF BD in the file is the culprit.
 */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  // ignoreBOM keeps a BOM in the output so byte offsets stay aligned.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0; // byte offset of text[from]
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at));
    from = at;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
    offset += 3;
    from = at + 1;
  }
  // Everything before `from` decoded cleanly; count its line breaks as the parser does.
  return (text.slice(0, from).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** Control characters never printed in a newspaper (tab and line breaks aside). */
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

/** The first control character of a text and its line, if there is one. */
export function controlCharacter(text: string): { line: number; code: string } | undefined {
  const found = CONTROL.exec(text);
  if (!found) return undefined;
  const line = (text.slice(0, found.index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  return { line, code: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
