// The vocabulary of what key figures count (content/figure-counts.yaml): one group per thing,
// with the wordings the reports use for it, so /figures/ compares like with like.
import { z } from 'astro/zod';
import { strictObject, text } from '../schema/fields.ts';
import { CONTENT } from './paths.ts';
import type { Problem } from './problems.ts';
import { readYamlFile } from './yaml-file.ts';

const groupSchema = strictObject({
  /** The name the group is shown under: 妇联执委. */
  name: text('名称 name'),
  /** Other wordings of the same thing in the reports' `counts`: 执委. */
  aliases: z.array(text('别名 aliases')).default([]),
});

export type FigureCountGroup = z.infer<typeof groupSchema>;

/** Parses the vocabulary; a wording in two groups is a problem at its line. */
export function parseFigureCounts(text: string, file: string = CONTENT.figureCounts): { groups: FigureCountGroup[]; problems: Problem[] } {
  const { data, yaml, problems } = readYamlFile(file, text, z.array(groupSchema));
  if (!data) return { groups: [], problems };
  const owner = new Map<string, string>();
  data.forEach((group, i) => {
    for (const wording of [group.name, ...group.aliases]) {
      const other = owner.get(wording);
      if (other !== undefined && other !== group.name) {
        problems.push({ file, line: yaml.lineOf([i]), field: `[${i}]`, message: `“${wording}”已属于“${other}”：一种说法只能归入一组` });
      }
      owner.set(wording, group.name);
    }
  });
  return { groups: data, problems };
}
