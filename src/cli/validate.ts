// `npm run validate [-- --json] [-- --strict]`: the command itself is in validate-command.ts.
// This entry turns Node's compile cache on before loading it: parsing and type-stripping the
// command's few hundred modules takes half a second, which later runs then take from the cache.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./validate-command.ts');
