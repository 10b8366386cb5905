// Writes the published JSON Schema of the open-data catalogue from the zod schema it is checked with.
import fs from 'node:fs';
import { catalogueJsonSchema, JSON_SCHEMA_PATH } from '../shared/export/json-schema';

fs.writeFileSync(JSON_SCHEMA_PATH, JSON.stringify(catalogueJsonSchema(), null, 2) + '\n');
console.log(`Skrev ${JSON_SCHEMA_PATH}`);
