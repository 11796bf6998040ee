import { useState } from 'react';
import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  PRIMARY_CANCERS,
  PRIMARY_CANCER_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  type CurrentUser,
  type WorklistSort,
} from '@tumor-board/shared';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCurrentUser } from '../../auth/api/get-session';
import { useWorklist } from '../api/get-worklist';
import {
  filtersFromParams,
  hasActiveFilters,
  normalizeFilters,
  paramsFromFilters,
  type WorklistFilters,
} from '../components/worklist-filters';
import { WorklistTable } from '../components/worklist-table';
import '../components/worklist.css';

const statusOptions = CASE_STATUSES.map((value) => ({ value, label: CASE_STATUS_LABELS[value] }));
const urgencyOptions = URGENCIES.map((value) => ({ value, label: URGENCY_LABELS[value] }));
const primaryOptions = PRIMARY_CANCERS.map((value) => ({
  value,
  label: PRIMARY_CANCER_LABELS[value].replace(/ \(.*\)$/, ''),
}));
const sortOptions: { value: WorklistSort; label: string }[] = [
  { value: 'referred_desc', label: 'Newest referral first' },
  { value: 'referred_asc', label: 'Oldest referral first' },
  { value: 'urgency', label: 'Most urgent first' },
];

type PeopleChoice = '' | 'presenting' | 'referred' | 'link';

function peopleChoice(filters: WorklistFilters, user: CurrentUser | null): PeopleChoice {
  if (!filters.presenterId && !filters.referrerId) return '';
  if (user && filters.presenterId === user.id && !filters.referrerId) return 'presenting';
  if (user && filters.referrerId === user.id && !filters.presenterId) return 'referred';
  return 'link';
}

function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // The URL changed from elsewhere (back button, "Clear filters"): show what it says.
  if (value !== lastValue) {
    setLastValue(value);
    setText(value);
  }
  const search = useDebouncedCallback((q: string) => onSearch(q), 350);
  return (
    <TextInput
      label="Search by MRN or name"
      placeholder="MRN or name"
      type="search"
      value={text}
      onChange={(event) => {
        const q = event.currentTarget.value;
        setText(q);
        search(q);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSearch(event.currentTarget.value);
      }}
    />
  );
}

function Filters({ filters, onChange }: { filters: WorklistFilters; onChange: (f: WorklistFilters) => void }) {
  const user = useCurrentUser();
  const people = peopleChoice(filters, user);
  const peopleOptions = [
    { value: '', label: 'All cases' },
    { value: 'presenting', label: 'Cases I present' },
    { value: 'referred', label: 'Cases I referred' },
    ...(people === 'link' ? [{ value: 'link', label: 'People chosen by the link' }] : []),
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="worklist-filters-heading">
      <Title order={2} size="h5" id="worklist-filters-heading" mb="sm">
        Filters
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm">
        <SearchBox value={filters.q} onSearch={(q) => onChange({ ...filters, q })} />
        <MultiSelect
          label="Status"
          data={statusOptions}
          value={filters.status}
          onChange={(status) => onChange({ ...filters, status: status })}
          clearable
          placeholder={filters.status.length ? undefined : 'Any status'}
        />
        <MultiSelect
          label="Urgency"
          data={urgencyOptions}
          value={filters.urgency}
          onChange={(urgency) => onChange({ ...filters, urgency: urgency })}
          clearable
          placeholder={filters.urgency.length ? undefined : 'Any urgency'}
        />
        <MultiSelect
          label="Primary cancer"
          data={primaryOptions}
          value={filters.primary}
          onChange={(primary) => onChange({ ...filters, primary: primary })}
          clearable
          placeholder={filters.primary.length ? undefined : 'Any primary'}
        />
        <NativeSelect
          label="People"
          data={peopleOptions}
          value={people}
          onChange={(event) => {
            const choice = event.currentTarget.value as PeopleChoice;
            if (choice === 'link') return;
            onChange({
              ...filters,
              presenterId: choice === 'presenting' ? user?.id : undefined,
              referrerId: choice === 'referred' ? user?.id : undefined,
            });
          }}
        />
        <TextInput
          label="Referred from"
          type="date"
          value={filters.from ?? ''}
          onChange={(event) => onChange({ ...filters, from: event.currentTarget.value || undefined })}
        />
        <TextInput
          label="Referred until"
          type="date"
          value={filters.to ?? ''}
          onChange={(event) => onChange({ ...filters, to: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label="Sort"
          data={sortOptions}
          value={filters.sort}
          onChange={(event) => onChange({ ...filters, sort: event.currentTarget.value as WorklistSort })}
        />
      </SimpleGrid>
    </Paper>
  );
}

function LoadingRows() {
  return (
    <Stack gap="xs" role="status" aria-label="Loading cases">
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} height={36} radius="sm" />
      ))}
    </Stack>
  );
}

export function Component() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const worklist = useWorklist(normalizeFilters(filters));
  const filtered = hasActiveFilters(filters);

  const setFilters = (next: WorklistFilters) => setParams(paramsFromFilters(next), { replace: true });
  const clearFilters = () =>
    setParams(
      paramsFromFilters({ ...filtersFromParams(new URLSearchParams()), sort: filters.sort, limit: filters.limit }),
    );

  const rows = worklist.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page
      title="Worklist"
      description="Referred cases to triage and prepare for the board. Filters are kept in the address, so a filtered list can be bookmarked or shared."
      actions={
        <Button component={Link} to={paths.intake}>
          New referral
        </Button>
      }
    >
      <Filters filters={filters} onChange={setFilters} />

      <section aria-labelledby="worklist-results-heading">
        <Group justify="space-between" mb="xs" align="flex-end">
          <Title order={2} size="h5" id="worklist-results-heading">
            Cases
          </Title>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {worklist.isSuccess &&
              (rows.length === 0
                ? ''
                : `Showing ${rows.length} ${rows.length === 1 ? 'case' : 'cases'}${worklist.hasNextPage ? '; more to load' : ''}`)}
          </Text>
        </Group>

        {worklist.isPending && <LoadingRows />}
        {worklist.isError && !worklist.isFetchNextPageError && (
          <ProblemAlert title="Could not load the worklist" error={worklist.error}>
            <Button size="xs" mt="sm" onClick={() => void worklist.refetch()} loading={worklist.isFetching}>
              Try again
            </Button>
          </ProblemAlert>
        )}
        {worklist.isSuccess && !worklist.isPlaceholderData && rows.length === 0 && (
          <Paper withBorder p="xl" ta="center">
            <Stack gap="sm" align="center">
              <Text fw={600}>{filtered ? 'No cases match these filters.' : 'No cases have been referred yet.'}</Text>
              {filtered ? (
                <Button variant="default" onClick={clearFilters}>
                  Clear filters
                </Button>
              ) : (
                <Button component={Link} to={paths.intake}>
                  Refer a patient
                </Button>
              )}
            </Stack>
          </Paper>
        )}
        {rows.length > 0 && (
          <Paper
            withBorder
            aria-busy={worklist.isPlaceholderData}
            style={{ opacity: worklist.isPlaceholderData ? 0.6 : 1 }}
            data-testid="worklist-results"
          >
            <WorklistTable rows={rows} />
          </Paper>
        )}
        {worklist.isFetchNextPageError && <ProblemAlert title="Could not load more cases" error={worklist.error} />}
        {worklist.hasNextPage && (
          <Group justify="center" mt="md">
            <Button
              variant="default"
              onClick={() => void worklist.fetchNextPage()}
              loading={worklist.isFetchingNextPage}
            >
              Load more
            </Button>
          </Group>
        )}
        {filtered && rows.length > 0 && (
          <Group justify="flex-end" mt="sm">
            <Button variant="subtle" size="xs" onClick={clearFilters}>
              Clear filters
            </Button>
          </Group>
        )}
      </section>
    </Page>
  );
}
