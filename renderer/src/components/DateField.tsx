// Dates are YYYY-MM-DD strings end to end; the native date input gives keyboard entry and a picker.
import { TextInput, type TextInputProps } from '@mantine/core';

export function DateField(props: Omit<TextInputProps, 'type'>) {
  return <TextInput type="date" w={190} {...props} />;
}
