// The JSON Schema of an article record, generated from the zod schema (src/schema/record.ts).
import type { APIRoute } from 'astro';
import { articleRecordJsonSchema } from '../../schema/record.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(articleRecordJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
