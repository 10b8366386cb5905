// The way into document import from the Katalog list.
import { Button } from '@mantine/core';

export function ImportDocumentButton() {
  return (
    <Button component="a" href="#/katalog/import" variant="light" w="fit-content">
      Importera katalogdokument
    </Button>
  );
}
