// A rule's options are checked against its `meta.schema` (JSON Schema, read by zod): a desk profile
// is refused on import or save when an option has the wrong shape, so one bad shared profile can
// never make a rule throw in every check the desk runs.
import { z } from 'zod';
import type { RuleMeta } from './types.ts';

/** The schema of a rule that takes no options: only an empty object is accepted. */
export const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false } as const;

const compiled = new Map<string, z.ZodType>();

function validator(meta: RuleMeta): z.ZodType {
  let v = compiled.get(meta.id);
  if (!v) {
    v = z.fromJSONSchema((meta.schema ?? NO_OPTIONS) as Parameters<typeof z.fromJSONSchema>[0]);
    compiled.set(meta.id, v);
  }
  return v;
}

/** Every problem with `options` for this rule, as `path: message` lines; empty when they are valid. */
export function optionProblems(meta: RuleMeta, options: unknown): string[] {
  const r = validator(meta).safeParse(options);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const at = i.path.length ? `.${i.path.join('.')}` : '';
    return `rules.${meta.id}.options${at}: ${i.message}`;
  });
}
