// Every built page is valid HTML (html-validate, recommended rules).
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distFiles } from '../../tools/dist.ts';

assertBuilt();
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
const pages = distFiles().filter((f) => f.endsWith('.html'));

describe('valid HTML', () => {
  it.each(pages)('%s', async (file) => {
    const report = await validator.validateFile(`dist${file}`);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
