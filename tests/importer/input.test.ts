import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputRefusal, MAX_PAGE_BYTES, readPageInput } from '../../src/importer/input.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to a fresh file in the temp dir and returns its path. */
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The refusal message for a file, failing the test if it is accepted or fails otherwise. */
const refusal = (path: string): string => {
  try {
    readPageInput(path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputRefusal);
    return (error as Error).message;
  }
  throw new Error(`${path} was accepted`);
};

const PAGE = '益阳市桃江县妇联:\n\n激发执委活力,从“要我干”到“我想干”\n\n桃江县坚持党建带妇建,2019年创新出台。\n';
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('reading a page file', () => {
  it('returns the exact bytes and the text', () => {
    const path = file('page.txt', PAGE);
    const { bytes, text } = readPageInput(path);
    expect(Buffer.from(bytes).equals(Buffer.from(PAGE))).toBe(true);
    expect(text).toBe(PAGE);
  });

  it('strips a UTF-8 byte-order mark from the text but keeps it in the bytes', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE)]);
    const { bytes, text } = readPageInput(file('bom.txt', withBom));
    expect(text).toBe(PAGE);
    expect(bytes).toHaveLength(withBom.length);
  });

  it('accepts a genuine U+FFFD character', () => {
    expect(readPageInput(file('fffd.txt', `${PAGE}替换字符\uFFFD在此。\n`)).text).toContain('\uFFFD');
  });
});

describe('refusing what is not a page', () => {
  it('a missing file', () => {
    expect(refusal(join(dir, 'nope.txt'))).toBe(`找不到文件 ${join(dir, 'nope.txt')}`);
  });

  it('a directory', () => {
    const sub = join(dir, 'folder');
    mkdirSync(sub);
    expect(refusal(sub)).toContain('是文件夹');
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\r\n\t  \n'],
    ['only a BOM', '\uFEFF\n'],
  ])('an empty file (%s)', (_name, content) => {
    const path = file('empty.txt', content);
    expect(refusal(path)).toBe(`${path} 是空文件`);
  });

  it('a file over the size limit, naming its size', () => {
    const path = file('big.txt', Buffer.alloc(MAX_PAGE_BYTES + 512 * 1024, 'a'));
    const message = refusal(path);
    expect(message).toContain('2.5 MB');
    expect(message).toContain('上限 2.0 MB');
    expect(message).toContain('几十 KB');
    expect(message).toContain('请确认选对了文件');
  });

  it('accepts a file exactly at the size limit', () => {
    expect(() => readPageInput(file('limit.txt', Buffer.alloc(MAX_PAGE_BYTES, 'a')))).not.toThrow();
  });

  it.each([
    ['little-endian with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, 'utf16le')]), '小端'],
    ['big-endian with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(PAGE)]), '大端'],
    ['little-endian without BOM', Buffer.from(PAGE, 'utf16le'), '小端'],
    ['big-endian without BOM', utf16be(PAGE), '大端'],
    // 一 is U+4E00: a NUL on the "wrong" side must not hide the encoding.
    ['little-endian with 一', Buffer.from(`${PAGE}一行一人一事\n`, 'utf16le'), '小端'],
  ])('UTF-16 %s', (_name, content, endianness) => {
    const path = file('utf16.txt', content);
    expect(refusal(path)).toBe(`${path} 是 UTF-16 编码（${endianness}）：请另存为 UTF-8 后再导入`);
  });

  it.each([
    ['PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])],
    ['NULs on both sides', Buffer.from([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x00, 0x44])],
    ['text with a NUL', Buffer.from(`${PAGE}\0`)],
  ])('a binary file (%s)', (_name, content) => {
    const path = file('binary.bin', content);
    expect(refusal(path)).toBe(`${path} 是二进制文件，不是文本：请给出 UTF-8 编码的版面文本`);
  });

  it('GBK text, naming the line of the first bad byte', () => {
    const gbk = Buffer.concat([Buffer.from('益阳市桃江县妇联:\n'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])]);
    const path = file('gbk.txt', gbk);
    expect(refusal(path)).toBe(`${path}: 第 2 行：不是 UTF-8 编码（可能是 GBK）：请用文本编辑器另存为 UTF-8 后再导入`);
  });

  it('counts lines past genuine U+FFFD characters, a BOM and CR or CRLF line ends', () => {
    const text = Buffer.from('\uFEFF第一行\uFFFD\r\n第二行\r第三行\uFFFD\uFFFD\n第四行');
    const path = file('mixed.txt', Buffer.concat([text, Buffer.from([0xb8, 0x0a])]));
    expect(refusal(path)).toContain(': 第 4 行：不是 UTF-8 编码');
  });

  it('finds a bad byte at the end of 1 MB in linear time', () => {
    const line = `${'桃江县坚持党建带妇建,'.repeat(10)}\n`;
    const lines = Math.ceil((1024 * 1024) / Buffer.byteLength(line));
    const content = Buffer.concat([Buffer.from(line.repeat(lines)), Buffer.from([0xff])]);
    const path = file('late.txt', content);
    const start = performance.now();
    const message = refusal(path);
    const elapsed = performance.now() - start;
    expect(message).toContain(`: 第 ${lines + 1} 行：`);
    expect(elapsed).toBeLessThan(2000);
  });
});
