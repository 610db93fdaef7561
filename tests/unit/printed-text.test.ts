import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapePrinted, LINK_BREAK, printedBody, readPrintedBody, unescapePrinted } from '../../src/archive/printed-text.ts';

/** Round trip: the escaped line reads back as exactly the printed line, with nothing to report. */
const expectRoundTrip = (printed: string) => {
  const markdown = escapePrinted(printed);
  expect(readPrintedBody(markdown), markdown).toEqual({ paragraphs: [printed], problems: [] });
  return markdown;
};

// How each printed line reads when pasted unescaped: 'problem' = reported, 'same' = already
// shows as printed, 'silent' = a Markdown escape, which is how literal text is written, so
// readPrintedBody cannot know the printed page had a backslash there.
const PRINTED: [string, 'problem' | 'same' | 'silent'][] = [
  ['1. 第一条', 'problem'],
  ['1) 第一条', 'problem'],
  ['# 标题', 'problem'],
  ['* 要点', 'problem'],
  ['- 要点', 'problem'],
  ['+ 要点', 'problem'],
  ['> 引用', 'problem'],
  ['---', 'problem'],
  ['***', 'problem'],
  ['___', 'problem'],
  ['**加粗**', 'problem'],
  ['*斜体*', 'problem'],
  ['_x_', 'problem'],
  ['~删除~', 'problem'],
  ['~~删除~~', 'problem'],
  ['`代码`', 'problem'],
  ['[链接](http://x.cn)', 'problem'],
  ['![图](a.png)', 'problem'],
  ['<b>粗</b>', 'problem'],
  ['&amp;', 'problem'],
  ['&#38;', 'problem'],
  ['a\\b', 'same'], // a backslash before a letter is literal
  ['www.example.com', 'problem'],
  ['https://example.com', 'problem'],
  ['a@b.cn', 'problem'],
  ['2020.', 'problem'], // a year ending a line is an empty ordered list item numbered 2020
  ['3+1', 'same'],
  ['村(社区)', 'same'],
  ['[1]', 'same'], // no definition, so no link
  ['\\*', 'silent'],
  ['| a | b |', 'same'], // a table needs a delimiter row on the next line
  ['[^1]', 'same'], // no footnote definition
  ['=== 等', 'same'], // a setext underline needs a line above
  ['- [ ] 任务', 'problem'],
  ['桃江县妇联<script>alert(1)</script>。', 'problem'],
  ['https://www.example.com/a?b=1&amp;c', 'problem'],
  ['mailto:a@b.cn', 'problem'],
  ['a@b.c@d.e', 'problem'],
];

describe('escapePrinted', () => {
  it.each(PRINTED)('%s reads back exactly once escaped', (printed, unescaped) => {
    expectRoundTrip(printed);
    const raw = readPrintedBody(printed);
    if (unescaped === 'problem') expect(raw.problems.length, JSON.stringify(raw)).toBeGreaterThan(0);
    if (unescaped === 'same') expect(raw).toEqual({ paragraphs: [printed], problems: [] });
    if (unescaped === 'silent') expect(raw).toEqual({ paragraphs: [printed.replace(/\\(.)/g, '$1')], problems: [] });
  });

  it('leaves the ASCII marks of Chinese text alone', () => {
    for (const s of ['县、乡(镇)、村(社区)三级妇联', '比例为1:3,共3+1项', 'A&B', '年龄<35岁', '#标题', '1.5倍', '| a | b |', '=== 等']) {
      expect(escapePrinted(s)).toBe(s);
    }
  });

  it('escapes only what would be read as markup', () => {
    expect(escapePrinted('1. 村(社区)')).toBe('1\\. 村(社区)');
    // Found by the round-trip property (seed 728897304): "9)" alone is an empty ordered list item.
    expect(expectRoundTrip('9)')).toBe('9\\)');
    expect(expectRoundTrip('9) 村(社区)')).toBe('9\\) 村(社区)');
    expect(escapePrinted('2020.')).toBe('2020\\.');
    expect(escapePrinted('- 要点:(一)')).toBe('\\- 要点:(一)');
    expect(escapePrinted('# 标题(一)')).toBe('\\# 标题(一)');
    expect(escapePrinted('> 引用,一')).toBe('\\> 引用,一');
    expect(escapePrinted('---')).toBe('\\---');
    expect(escapePrinted('**加粗**')).toBe('\\*\\*加粗\\*\\*');
    expect(escapePrinted('[1]')).toBe('\\[1]');
    expect(escapePrinted('&amp; & &x')).toBe('\\&amp; & &x');
    expect(escapePrinted('<b>')).toBe('\\<b>');
    expect(escapePrinted('a\\b')).toBe('a\\\\b');
  });

  it('breaks autolink literals with an empty comment, since remark-gfm ignores backslashes there', () => {
    expect(readPrintedBody('www\\.example.com').problems).toHaveLength(1);
    expect(expectRoundTrip('见www.example.com')).toBe('见www.example.com'); // a CJK letter before www: no link
    expect(expectRoundTrip('见 www.example.com')).toBe(`见 w${LINK_BREAK}ww.example.com`);
    expect(expectRoundTrip('邮箱a@b.cn')).toBe(`邮箱a${LINK_BREAK}@b.cn`);
    expect(expectRoundTrip('https://example.com')).toBe(`h${LINK_BREAK}ttps://example.com`);
  });

  it('throws when a paragraph cannot be one line of text (a caller bug)', () => {
    expect(() => escapePrinted('段一\n段二')).toThrow(/cannot write/);
    expect(() => escapePrinted(' 前有空格')).toThrow(/cannot write/);
  });
});

const CHARS = [
  ...'妇联执委改革村社区县',
  ...'，。“”：、（）',
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ' ',
];
// Fragments that random characters rarely spell but that the parser treats specially.
const FRAGMENTS = ['www.', 'http://', 'https://', '@b.cn', 'mailto:', '&amp;', '&#38;', '1. ', '- ', '**', '~~', '[x](y)', '<b>', '<!---->', '\\'];
const printedLine = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...CHARS), weight: 9 }, { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 1 }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.join('').replace(/ {2,}/g, ' ').trim())
  .filter((s) => s.length > 0);

describe('round trip (property)', () => {
  it('any printed line reads back exactly', () => {
    fc.assert(
      fc.property(printedLine, (line) => {
        const markdown = expectRoundTrip(line);
        // Minimal escaping sufficed: the escape-everything fallback would have escaped these.
        // A line-start "9)" opens an ordered list: that ")" is the one such mark that must be escaped.
        expect(markdown.replace(/^\d{1,9}\\\)/, '')).not.toMatch(/(?:^|[^\\])(?:\\\\)*\\[(),:;]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('unescaping what escapePrinted wrote gives the printed line back without a parse', () => {
    fc.assert(
      fc.property(printedLine, (line) => {
        expect(unescapePrinted(escapePrinted(line))).toBe(line);
      }),
      { numRuns: 1000 },
    );
  });

  it('any list of printed paragraphs reads back as the same list', () => {
    fc.assert(
      fc.property(fc.array(printedLine, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const body = printedBody(paragraphs);
        expect(body.endsWith('\n') && !body.endsWith('\n\n')).toBe(true);
        expect(readPrintedBody(body)).toEqual({ paragraphs, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe('printedBody', () => {
  it('puts one paragraph on a line with a blank line between', () => {
    expect(printedBody(['1. 第一条', '村(社区)'])).toBe('1\\. 第一条\n\n村(社区)\n');
  });
});

describe('committed articles', () => {
  const files = readdirSync('content/articles').filter((f) => f.endsWith('.md'));
  it('exist', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s reads as printed, unchanged', (file) => {
    const lines = readFileSync(`content/articles/${file}`, 'utf8').split('\n');
    const close = lines.indexOf('---', 1);
    expect(lines[0]).toBe('---');
    expect(close).toBeGreaterThan(0);
    const body = lines.slice(close + 1).join('\n');
    const asWritten = body.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
    expect(readPrintedBody(body)).toEqual({ paragraphs: asWritten, problems: [] });
    for (const p of asWritten) expect(escapePrinted(p)).toBe(p); // nothing in them needs an escape
  });
});

describe('readPrintedBody problems', () => {
  const only = (body: string) => {
    const { problems } = readPrintedBody(body);
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    return problems[0]!;
  };

  it('gives nothing for an empty body', () => {
    expect(readPrintedBody('')).toEqual({ paragraphs: [], problems: [] });
    expect(readPrintedBody('\n\n')).toEqual({ paragraphs: [], problems: [] });
  });

  it('points at the line of the construct', () => {
    const heading = only('第一段。\n\n# 标题\n\n第三段。\n');
    expect(heading.line).toBe(3);
    expect(heading.message).toMatch(/“# 标题”会被当作标题.*\\#/);
    expect(only('第一段。\n\n第二段 www.example.com 。\n').line).toBe(3);
    expect(only('一\n\n二\n\n三 **粗** 四\n').line).toBe(5);
  });

  it('names the construct and the escape', () => {
    expect(only('1. 第一条').message).toMatch(/列表.*1\\\./);
    expect(only('---').message).toMatch(/分隔线/);
    expect(only('**加粗**').message).toMatch(/粗体.*\\/);
    expect(only('~删除~').message).toMatch(/删除线/);
    expect(only('a@b.cn').message).toContain(LINK_BREAK);
  });

  it('reports a paragraph written over several lines', () => {
    const p = only('第一段。\n\n段的前半\n段的后半\n');
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/2 行.*空格.*一行/);
  });

  it('reports a character reference that would be decoded', () => {
    const p = only('甲&amp;乙&#38;丙 \\&amp;');
    expect(p.message).toContain('“&amp;”会显示为“&”');
    expect(p.message).toContain('“&#38;”会显示为“&”');
    expect(p.message).not.toContain('\\&amp;”');
    expect(p.message).toContain('\\&');
    expect(readPrintedBody('&nosuchname;')).toEqual({ paragraphs: ['&nosuchname;'], problems: [] });
  });

  it('reports HTML, javascript: links and pictures, even nested', () => {
    expect(readPrintedBody('桃江县妇联<script>alert(1)</script>。').problems.every((p) => p.message.includes('HTML'))).toBe(true);
    expect(only('<div>块</div>').message).toContain('HTML');
    expect(only('[点此](javascript:alert(1))').message).toContain('javascript:');
    expect(only('![图](a.png)').message).toContain('图片');
    const nested = readPrintedBody('*强调 [点此](javascript:alert(1)) ![图](a.png)*').problems.map((p) => p.message);
    expect(nested).toHaveLength(3);
    expect(nested[0]).toContain('斜体');
    expect(nested.join()).toContain('javascript:');
    expect(nested.join()).toContain('图片');
  });

  it('accepts only the exact empty comment as a link break', () => {
    expect(readPrintedBody(`w${LINK_BREAK}ww.example.com`)).toEqual({ paragraphs: ['www.example.com'], problems: [] });
    expect(only('w<!-- -->ww.example.com').message).toContain('HTML');
    expect(only(LINK_BREAK).message).toContain('HTML');
  });
});

describe('problem messages quote one line', () => {
  it('clips a construct spanning lines to its first line', () => {
    const { problems } = readPrintedBody('- 第一条\n- 第二条\n');
    expect(problems).toEqual([{ line: 1, message: expect.stringMatching(/^“- 第一条…”会被当作列表/) }]);
  });

  it('reports text the parser replaces without any reference', () => {
    expect(readPrintedBody('甲\u0000乙').problems[0]?.message).toMatch(/控制字符/);
  });
});

describe('many web addresses on one line', () => {
  // Cutting every literal at once keeps this to one parse; one parse per address took a minute.
  it('are all kept as text', () => {
    const line = `${Array.from({ length: 3000 }, (_, i) => `www.a${i}.cn`).join(' ')}。`;
    expect(readPrintedBody(escapePrinted(line))).toEqual({ paragraphs: [line], problems: [] });
  });
});
