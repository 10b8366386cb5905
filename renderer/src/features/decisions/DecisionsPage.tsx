import { Text } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';

export function DecisionsPage(_props: { route: string[] }) {
  return (
    <>
      <PageTitle>Sammanträden och beslut</PageTitle>
      <Text>Den här delen byggs ut i kommande versioner.</Text>
    </>
  );
}
