// The published JSON Schema of the open-data export, generated from the same zod schema the app uses.
import { z } from 'zod';
import { portableCatalogueSchema } from '../domain/portable';

export const JSON_SCHEMA_PATH = 'shared/schemas/iub-katalog.schema.json';

export function catalogueJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(portableCatalogueSchema, { io: 'output', target: 'draft-2020-12' }),
    $id: 'https://iub-katalogen.se/schemas/iub-katalog.schema.json',
    title: 'IUB-katalog – insatser utan individuell behovsprövning',
    description: 'En socialnämnds förteckning över insatser utan individuell behovsprövning (SoL 2025:400), som öppna data.',
  };
}
