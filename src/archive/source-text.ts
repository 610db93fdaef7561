// The source of record is kept byte for byte; two files hold the same page when their text is
// the same after line endings and a byte-order mark are normalised.
import { createHash } from 'node:crypto';

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Text with a UTF-8 BOM removed and CRLF / CR line endings made LF. */
export const normaliseLineEndings = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** SHA-256 of a page's text after line-ending and BOM normalisation. */
export const normalisedDigest = (bytes: Uint8Array) => sha256(normaliseLineEndings(Buffer.from(bytes).toString('utf8')));
