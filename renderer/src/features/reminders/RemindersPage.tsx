import { Text } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';

export function RemindersPage(_props: { route: string[] }) {
  return (
    <>
      <PageTitle>Påminnelser</PageTitle>
      <Text>Den här delen byggs ut i kommande versioner.</Text>
    </>
  );
}
