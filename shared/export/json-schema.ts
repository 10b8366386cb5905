// The published JSON Schema of the open-data export, generated from the same zod schema the app uses.
import { z } from 'zod';
import { portableCatalogueSchema } from '../domain/portable';

export const JSON_SCHEMA_PATH = 'shared/schemas/iub-katalog.schema.json';

/** What the fields that need more than a type mean, as the export writes them (docs/oppna-data.md). */
const DESCRIPTIONS: Record<string, string> = {
  beslut:
    'Uppgifterna om det beslut som antog de versioner som gällde på exportdagen; när flera beslut gäller samtidigt det senaste av dem. null för ett utkast till nästa revision.',
  insatser:
    'Insatserna i rubriknummerordning: för en beslutad katalog de versioner som gällde på exportdagen, för ett utkast den senaste versionen av varje insats.',
  titel: 'Katalogdokumentets titel.',
};

export function catalogueJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(portableCatalogueSchema, { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  for (const [field, description] of Object.entries(DESCRIPTIONS)) schema.properties[field] = { description, ...schema.properties[field] };
  return {
    ...schema,
    $id: 'https://iub-katalogen.se/schemas/iub-katalog.schema.json',
    title: 'IUB-katalog – insatser utan individuell behovsprövning',
    description: 'En socialnämnds förteckning över insatser utan individuell behovsprövning (SoL 2025:400), som öppna data.',
  };
}
