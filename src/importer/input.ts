// Reads the page text an editor hands to the importer, refusing anything that is not UTF-8
// text with a message saying what the file is and what to do. Every check is linear in size.
import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, statSync } from 'node:fs';

/** A newspaper page's text is tens of KB; anything this big is the wrong file. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** The input cannot be imported; the message tells the editor why and what to do. */
export class InputRefusal extends Error {
  override name = 'InputRefusal';
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function readPageInput(file: string): { bytes: Uint8Array; text: string } {
  if (!existsSync(file)) throw new InputRefusal(`找不到文件 ${file}`);
  const stat = statSync(file);
  if (stat.isDirectory()) throw new InputRefusal(`${file} 是文件夹，请给出一个版面文本文件`);
  if (!stat.isFile()) throw new InputRefusal(`${file} 不是普通文件，请给出一个版面文本文件`);
  // Checked before reading, so a wrong multi-GB file is never loaded.
  if (stat.size > MAX_PAGE_BYTES) {
    throw new InputRefusal(
      `${file} 有 ${mb(stat.size)} MB，超过版面文本的上限 ${mb(MAX_PAGE_BYTES)} MB：一版报纸的文字通常只有几十 KB，请确认选对了文件`,
    );
  }
  const bytes = readFileSync(file);
  const utf16 = utf16Endianness(bytes);
  if (utf16) throw new InputRefusal(`${file} 是 UTF-16 编码（${utf16 === 'le' ? '小端' : '大端'}）：请另存为 UTF-8 后再导入`);
  if (bytes.includes(0)) throw new InputRefusal(`${file} 是二进制文件，不是文本：请给出 UTF-8 编码的版面文本`);
  if (!isUtf8(bytes)) {
    throw new InputRefusal(`${file}: 第 ${firstInvalidLine(bytes)} 行：不是 UTF-8 编码（可能是 GBK）：请用文本编辑器另存为 UTF-8 后再导入`);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputRefusal(`${file} 是空文件`);
  return { bytes, text };
}

/**
 * UTF-16 by its byte-order mark, or without one by its NUL bytes: ASCII characters (line
 * breaks, digits, commas) put a NUL on every other byte. Binary files have NULs on both sides,
 * or decode to control characters.
 */
function utf16Endianness(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  if (bytes.length < 2 || bytes.length % 2) return undefined;
  const nuls = [0, 0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) nuls[i % 2]!++;
  const [even, odd] = nuls as [number, number];
  // Some NULs on the other side are CJK characters like 一 (U+4E00).
  if (even + odd === 0 || Math.min(even, odd) * 2 > Math.max(even, odd)) return undefined;
  const endianness = odd > even ? 'le' : 'be';
  try {
    const text = new TextDecoder(`utf-16${endianness}`, { fatal: true }).decode(bytes);
    return /[\0-\x08\x0e-\x1f]/.test(text) ? undefined : endianness;
  } catch {
    return undefined; // unpaired surrogates: not UTF-16 text
  }
}

/**
 * Line of the first byte that is not UTF-8, in one pass: the lenient decoder turns each bad
 * sequence into U+FFFD; the first U+FFFD not spelled EF BF BD in the file is the culprit.
 */
function firstInvalidLine(bytes: Uint8Array): number {
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
