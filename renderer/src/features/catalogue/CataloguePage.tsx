import { CatalogueDateDiff } from './CatalogueDateDiff';
import { CatalogueList } from './CatalogueList';
import { InsatsPage } from './InsatsPage';
import { ImportPage } from '../import/ImportPage';

/** #/katalog lists insatser; #/katalog/insats/<id>[/<versionId>] opens one; #/katalog/jamfor compares two dates; #/katalog/import imports a document. */
export function CataloguePage({ route }: { route: string[] }) {
  if (route[0] === 'import') return <ImportPage />;
  if (route[0] === 'insats' && route[1]) return <InsatsPage insatsId={Number(route[1])} versionId={route[2] ? Number(route[2]) : undefined} />;
  if (route[0] === 'jamfor') return <CatalogueDateDiff />;
  return <CatalogueList />;
}
