// The YAML parser, read the first time a manifest or a permissions file is parsed: most starts parse neither.
import { onDemand } from './on-demand.ts';

export const yaml = onDemand<typeof import('yaml')>('yaml');
