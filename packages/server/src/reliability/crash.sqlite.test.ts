// kill -9 during concurrent key creations on SQLite (a file under a temp dir): nothing answered 201 is lost.
import { crashCycles } from './crash.cycles.ts';

crashCycles('sqlite', async () => ({ env: {}, cleanup: async () => {} }));
