// One set of security headers for every host: public/_headers (Netlify, Cloudflare Pages) and
// deploy/nginx/security-headers.conf must say the same, and nginx must send it from every location.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteHeaders } from '../../tools/server.ts';

const REPO = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(REPO, file), 'utf8');

interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

/** nginx configuration syntax: words or quoted strings, `;` ends a directive, `{ }` a block, `#` a comment. */
function parseNginx(text: string): Directive[] {
  const tokens: string[] = [];
  // A word may hold ${var} (try_files ${uri}index.html); a quoted string may hold ; { } and \" or \'.
  const token = /\s+|#[^\n]*|"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|([{};])|((?:\\.|\$\{[^}]*\}|[^\s{};"'#])(?:\\.|\$\{[^}]*\}|[^\s{};])*)/gy;
  for (let at = 0; at < text.length; at = token.lastIndex) {
    token.lastIndex = at;
    const m = token.exec(text);
    if (!m) throw new Error(`cannot read nginx configuration at: ${text.slice(at, at + 40)}`);
    const quoted = m[1] ?? m[2];
    if (m[3]) tokens.push(m[3]);
    else if (m[4]) tokens.push(`"${m[4]}`); // a leading " tells a word from the punctuation
    else if (quoted !== undefined) tokens.push(`"${quoted.replace(/\\(.)/g, '$1')}`);
  }
  let at = 0;
  const block = (inner: boolean): Directive[] => {
    const out: Directive[] = [];
    while (at < tokens.length) {
      if (tokens[at] === '}') {
        if (!inner) throw new Error('unexpected }');
        at++;
        return out;
      }
      const words: string[] = [];
      while (at < tokens.length && !['{', '}', ';'].includes(tokens[at]!)) words.push(tokens[at++]!.slice(1));
      const end = tokens[at++];
      const [name = '', ...args] = words;
      if (end === ';') out.push({ name, args });
      else if (end === '{') out.push({ name, args, block: block(true) });
      else throw new Error(`directive without ; or {: ${words.join(' ')}`);
    }
    if (inner) throw new Error('missing }');
    return out;
  };
  return block(false);
}

const addHeaders = (directives: Directive[]) => directives.filter((d) => d.name === 'add_header');
const includes = (directives: Directive[], file: string) => directives.some((d) => d.name === 'include' && d.args[0]?.endsWith(`/${file}`));

describe('security headers', () => {
  const nginx = addHeaders(parseNginx(read('deploy/nginx/security-headers.conf')));

  it('public/_headers has them for /*', () => {
    expect(Object.keys(siteHeaders(resolve(REPO, 'public')))).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options', 'Permissions-Policy']),
    );
  });

  it('nginx sends exactly the headers of _headers, same names and values', () => {
    const pairs = nginx.map((d) => [d.args[0], d.args[1]]);
    expect(new Set(pairs.map(([name]) => name)).size, 'each header once').toBe(pairs.length);
    expect(Object.fromEntries(pairs)).toEqual(siteHeaders(resolve(REPO, 'public')));
  });

  it('nginx sends them on every status, 404 pages included (always)', () => {
    for (const d of nginx) expect(d.args.slice(2), d.args[0]).toEqual(['always']);
  });
});

describe('archive.conf', () => {
  const archive = parseNginx(read('deploy/nginx/archive.conf'));
  // The including location, then each location nested in the snippet.
  const levels: [string, Directive[]][] = [
    ['the including location', archive],
    ...archive.filter((d) => d.name === 'location').map((d): [string, Directive[]] => [`location ${d.args.join(' ')}`, d.block ?? []]),
  ];

  it('includes the security headers in every location that adds a header of its own', () => {
    // nginx drops inherited add_header lines where a location has any: the trap this guards.
    for (const [where, directives] of levels) {
      if (addHeaders(directives).length) expect(includes(directives, 'security-headers.conf'), where).toBe(true);
    }
    expect(includes(archive, 'security-headers.conf')).toBe(true);
  });

  it('sets no security header itself, so security-headers.conf stays the one nginx copy', () => {
    const names = new Set(Object.keys(siteHeaders(resolve(REPO, 'public'))).map((n) => n.toLowerCase()));
    for (const [where, directives] of levels) {
      for (const d of addHeaders(directives)) expect(names.has(d.args[0]!.toLowerCase()), `${where}: ${d.args[0]}`).toBe(false);
    }
  });
});

describe('the parser', () => {
  it('reads words, quoted values with escapes, blocks and comments', () => {
    expect(parseNginx(`a b "c d" 'e\\'f' \${uri}x; # x;\nloc ~ /$ { add_header X "1; 2" always; }`)).toEqual([
      { name: 'a', args: ['b', 'c d', "e'f", '${uri}x'] },
      { name: 'loc', args: ['~', '/$'], block: [{ name: 'add_header', args: ['X', '1; 2', 'always'] }] },
    ]);
    expect(() => parseNginx('a {')).toThrow(/missing }/);
    expect(() => parseNginx('a')).toThrow(/without ;/);
    expect(() => parseNginx('a "b;')).toThrow(/cannot read .* at: "b;/);
  });
});
