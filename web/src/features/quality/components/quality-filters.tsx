import { NativeSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useSeriesOptions } from '../api/get-series-options';
import type { FilterErrors, QualityFilters } from './quality-period';

export interface QualityFiltersProps {
  filters: QualityFilters;
  errors: FilterErrors;
  onChange: (filters: QualityFilters) => void;
}

/** The period (UTC days, both included) and the meeting series the figures are counted over. */
export function QualityFiltersPanel({ filters, errors, onChange }: QualityFiltersProps) {
  const series = useSeriesOptions();
  const options = [
    { value: '', label: 'All series and ad-hoc meetings' },
    ...(series.data ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];
  return (
    <Paper withBorder p="md" component="section" aria-label="Period and series">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="From"
          type="date"
          value={filters.from}
          onChange={(event) => onChange({ ...filters, from: event.currentTarget.value })}
          error={errors.from && `“From” ${errors.from}`}
        />
        <TextInput
          label="To (inclusive)"
          type="date"
          value={filters.to}
          onChange={(event) => onChange({ ...filters, to: event.currentTarget.value })}
          error={errors.to && `“To” ${errors.to}`}
        />
        <NativeSelect
          label="Meeting series"
          data={options}
          value={filters.seriesId}
          onChange={(event) => onChange({ ...filters, seriesId: event.currentTarget.value })}
          error={
            (errors.seriesId && `Series ${errors.seriesId}`) ||
            (series.isError ? 'The list of series could not be loaded.' : undefined)
          }
        />
      </SimpleGrid>
    </Paper>
  );
}
