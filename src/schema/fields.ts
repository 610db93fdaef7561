// Small zod builders whose messages tell an editor what to write, in Chinese.
import { z } from 'astro/zod';

/** Non-empty text; `what` names the field for the message. */
export const text = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `缺少${what}` : `${what}应为文字，实际是 ${JSON.stringify(iss.input)}`) })
    .trim()
    .min(1, `${what}不能为空`);

/** A positive whole number. */
export const count = (what: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? `缺少${what}` : `${what}应为数字，实际是 ${JSON.stringify(iss.input)}`) })
    .int(`${what}应为整数`)
    .positive(`${what}应大于 0`);

/** An object that rejects keys it does not know, so a misspelt field is caught instead of ignored. */
export const strictObject = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `未知字段：${iss.keys.join('、')}（请检查拼写；可用字段见 src/schema/）`
        : iss.input === undefined
          ? '缺少此项'
          : `应为一组字段，实际是 ${JSON.stringify(iss.input)}`,
  });

/** Digits written as text ("04"): unquoted, YAML would read 04 as the number 4 and lose the zero. */
export const digits = (what: string, example: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `缺少${what}` : `${what}请加引号写成文字，例如 ${example}（不加引号会被读成数字，丢掉前导 0）`) })
    .regex(/^\d+$/, `${what}只写数字，例如 ${example}`);
