import { Anchor, Table, Text } from '@mantine/core';
import { PRIMARY_CANCER_LABELS, type WorklistRow } from '@tumor-board/shared';
import { Link, useNavigate } from 'react-router';
import { caseDetailPath } from '../../../app/paths';
import { StatusBadge, UrgencyBadge } from '../../cases/components/case-badges';
import { formatDay, patientSortName } from '../../cases/components/format';

/** Short primary names for the table; the intake form uses the full labels. */
const primaryLabel = (row: WorklistRow) =>
  row.primaryCancer === null ? '—' : PRIMARY_CANCER_LABELS[row.primaryCancer].replace(/ \(.*\)$/, '');

/**
 * The worklist rows. The patient's name is the link to the case (keyboard and screen readers); the
 * rest of the row opens it too on a click, for mouse users.
 */
export function WorklistTable({ rows }: { rows: readonly WorklistRow[] }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="Cases" className="worklist-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Patient</Table.Th>
            <Table.Th scope="col">MRN</Table.Th>
            <Table.Th scope="col">Primary</Table.Th>
            <Table.Th scope="col">Urgency</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Clinical question</Table.Th>
            <Table.Th scope="col">Referred</Table.Th>
            <Table.Th scope="col">Presenter</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              className="worklist-row"
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('a')) return;
                void navigate(caseDetailPath(row.id));
              }}
            >
              <Table.Td>
                <Anchor component={Link} to={caseDetailPath(row.id)} fw={600} underline="hover">
                  {patientSortName(row.patient)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {row.patient.mrn}
                </Text>
              </Table.Td>
              <Table.Td>{primaryLabel(row)}</Table.Td>
              <Table.Td>
                <UrgencyBadge urgency={row.urgency} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={row.status} />
              </Table.Td>
              <Table.Td maw={240}>
                <Text size="sm" lineClamp={2} title={row.clinicalQuestion ?? undefined}>
                  {row.clinicalQuestion ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(row.referredAt)}</Table.Td>
              <Table.Td>{row.presenter?.name ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
