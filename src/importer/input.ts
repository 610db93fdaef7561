// Reads the page text an editor hands to the importer, refusing anything that is not UTF-8
// text with a message saying what the file is and what to do. Every check is linear in size.
import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { controlCharacter, firstInvalidUtf8Line } from '../archive/source-text.ts';

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
    throw new InputRefusal(`${file}: 第 ${firstInvalidUtf8Line(bytes)} 行：不是 UTF-8 编码（可能是 GBK）：请用文本编辑器另存为 UTF-8 后再导入`);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputRefusal(`${file} 是空文件`);
  const control = controlCharacter(text);
  if (control) {
    throw new InputRefusal(`${file}: 第 ${control.line} 行：含有控制字符 ${control.code}，报纸上印不出这种字符（多为复制或转码时混入）：请删去后再导入`);
  }
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
