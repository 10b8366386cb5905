import { Text } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';

export function ExportPage(_props: { route: string[] }) {
  return (
    <>
      <PageTitle>Export</PageTitle>
      <Text>Den här delen byggs ut i kommande versioner.</Text>
    </>
  );
}
