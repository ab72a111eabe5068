// Regenerates docs/analysis.schema.json from the zod contract in src/analysis/validate.ts.
import { writeFileSync } from 'node:fs';
import { analysisJsonSchema } from '../src/analysis/validate.ts';

writeFileSync(new URL('../docs/analysis.schema.json', import.meta.url), JSON.stringify(analysisJsonSchema(), null, 2) + '\n');
