import { writeFileSync } from 'node:fs';
import { renderCatalog } from './catalog.js';

writeFileSync(new URL('../docs/catalog.md', import.meta.url), renderCatalog());
console.log('wrote docs/catalog.md');
