import { Text } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';

export function OverviewPage(_props: { route: string[] }) {
  return (
    <>
      <PageTitle>Översikt</PageTitle>
      <Text>Den här delen byggs ut i kommande versioner.</Text>
    </>
  );
}
