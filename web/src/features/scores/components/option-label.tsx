import { Text } from '@mantine/core';
import { pointsWord, type ChoiceOption } from '../tools/tool-definitions';

/** "Lytic · 2 points": the option and what the published table gives it. */
export function OptionLabel({ option }: { option: ChoiceOption }) {
  return (
    <>
      {option.label}
      {option.points !== null && (
        <Text span size="sm" c="dimmed">
          {` · ${pointsWord(option.points)}`}
        </Text>
      )}
    </>
  );
}

/** The same for a native `<option>`, which holds text only. */
export const optionText = (option: ChoiceOption) =>
  option.points === null ? option.label : `${option.label} (${pointsWord(option.points)})`;
