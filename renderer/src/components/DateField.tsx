// Dates are YYYY-MM-DD strings end to end, typed as such: the same field in every browser and locale
// (the native date input shows mm/dd/yyyy and English bubbles in an English browser). A date that is not
// one gets a Swedish message once the user has left the field; an error from the form takes precedence.
import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { dateEntryProblem } from '../../../shared/domain/dates';

export function DateField({ error, onBlur, onChange, ...props }: Omit<TextInputProps, 'type'>) {
  // null until the user first leaves the field: no message while a date is being typed the first time.
  const [checked, setChecked] = useState<string | null>(null);
  const problem = checked === null ? null : dateEntryProblem(checked);
  return (
    <TextInput
      w={190}
      placeholder="ÅÅÅÅ-MM-DD"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      maxLength={10}
      {...props}
      error={error || problem}
      onChange={(event) => {
        if (checked !== null) setChecked(event.currentTarget.value);
        onChange?.(event);
      }}
      onBlur={(event) => {
        setChecked(event.currentTarget.value);
        onBlur?.(event);
      }}
    />
  );
}
