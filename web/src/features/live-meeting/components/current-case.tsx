import { Alert, Anchor, Badge, Grid, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IMAGING_MODALITY_LABELS, formatSkeletalSite, type SafetySeverity } from '@tumor-board/shared';
import { Link } from 'react-router';
import { caseDetailPath } from '../../../app/paths';
import { SkeletonDiagram, lesionMarker } from '../../../components/skeleton';
import { DISCIPLINE_LABELS } from '../../../lib/labels';
import { patientName, primaryLabel, urgencyColor, urgencyLabel } from '../../meetings/components/format';
import type { LiveCaseView } from './live-types';
import { SCORE_COLUMNS, scoreText } from './score-text';

const disciplineLabel = (d: string) => (DISCIPLINE_LABELS as Record<string, string | undefined>)[d] ?? d;
const severityColor = (s: SafetySeverity) => (s === 'contraindication' ? 'red' : s === 'warning' ? 'orange' : 'blue');

const siteText = (lesion: LiveCaseView['lesions'][number]) => {
  try {
    return formatSkeletalSite(lesion.site, lesion.laterality);
  } catch {
    return 'Site not recorded';
  }
};

/** Everything the board looks at for the case under discussion, large enough for a shared screen. */
export function CurrentCase({ view }: { view: LiveCaseView }) {
  const { item, lesions, imaging, assessments, recommendations, decision, readiness } = view;
  const latest = assessments.at(-1);
  const unmet = readiness.items.filter((i) => !i.met);
  const markers = lesions.flatMap((lesion) => {
    try {
      return [lesionMarker(lesion)];
    } catch {
      return [];
    }
  });
  return (
    <Stack gap="md" data-testid="current-case">
      <div>
        <Group gap="sm" align="baseline">
          <Title order={2} fz={32} data-testid="current-patient">
            {patientName(item.case.patient)}
          </Title>
          <Text c="dimmed">
            MRN {item.case.patient.mrn} · born {item.case.patient.birthDate}
          </Text>
          <Badge size="lg" color={urgencyColor(item.case.urgency)} variant="light">
            {urgencyLabel(item.case.urgency)}
          </Badge>
          <Anchor component={Link} to={caseDetailPath(item.caseId)} size="sm">
            Open case
          </Anchor>
        </Group>
        <Text fz="xl" fw={500}>
          {primaryLabel(item.case.primaryCancer)}
        </Text>
        <Text fz="lg" mt={4}>
          <Text span fw={600}>
            Question:{' '}
          </Text>
          {item.case.clinicalQuestion ?? 'None recorded'}
        </Text>
        <Group gap="xs" mt={6}>
          <Badge color={readiness.ready ? 'green' : 'orange'} variant="light">
            {readiness.ready ? 'Ready' : `Not ready: ${unmet.length} missing`}
          </Badge>
          {unmet.map((i) => (
            <Text key={i.code} size="sm" c="orange">
              {i.label}
            </Text>
          ))}
          {latest && (
            <Text size="sm" c="dimmed">
              Latest assessment {latest.assessedOn}: ECOG {latest.ecog ?? '—'}, KPS {latest.karnofsky ?? '—'}, pain{' '}
              {latest.painNrs ?? '—'}/10
            </Text>
          )}
        </Group>
      </div>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: lesions.length ? 7 : 12 }}>
          <Paper withBorder p="sm">
            <Title order={3} size="h4" mb="xs">
              Lesions and scores
            </Title>
            {lesions.length === 0 ? (
              <Text c="dimmed">No lesions recorded.</Text>
            ) : (
              <Table fz="md" data-testid="lesions-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Site</Table.Th>
                    <Table.Th>Type</Table.Th>
                    {SCORE_COLUMNS.map((c) => (
                      <Table.Th key={c.key}>{c.label}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lesions.map((lesion) => (
                    <Table.Tr key={lesion.id}>
                      <Table.Td>
                        {siteText(lesion)}
                        {lesion.fracturePresent && (
                          <Badge ml={6} size="xs" color="red" variant="light">
                            fracture
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {lesion.type ?? '—'}
                        {lesion.sizeMm !== null && ` · ${lesion.sizeMm} mm`}
                      </Table.Td>
                      {SCORE_COLUMNS.map((c) => (
                        <Table.Td key={c.key}>{scoreText(lesion.scores[c.key])}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Grid.Col>
        {lesions.length > 0 && (
          <Grid.Col span={{ base: 12, xl: 5 }}>
            <SkeletonDiagram markers={markers} />
          </Grid.Col>
        )}
      </Grid>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="sm">
          <Title order={3} size="h4" mb="xs">
            Imaging
          </Title>
          {imaging.length === 0 ? (
            <Text c="dimmed">No imaging summaries.</Text>
          ) : (
            <Stack gap="xs">
              {imaging.map((im) => (
                <div key={im.id}>
                  <Text fw={600}>
                    {IMAGING_MODALITY_LABELS[im.modality] ?? im.modality} · {im.region} · {im.performedOn}
                  </Text>
                  <Text size="sm">{im.impression ?? im.findings}</Text>
                </div>
              ))}
            </Stack>
          )}
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h4" mb="xs">
            Recommendations
          </Title>
          {recommendations.filter((r) => r.status !== 'withdrawn').length === 0 ? (
            <Text c="dimmed">No discipline recommendations yet.</Text>
          ) : (
            <Stack gap="sm">
              {recommendations
                .filter((r) => r.status !== 'withdrawn')
                .map((r) => (
                  <div key={r.id}>
                    <Group gap="xs">
                      <Text fw={600}>{disciplineLabel(r.discipline)}</Text>
                      {r.status === 'draft' && (
                        <Badge size="xs" variant="outline">
                          draft
                        </Badge>
                      )}
                      {r.author && (
                        <Text size="xs" c="dimmed">
                          {r.author.name}
                        </Text>
                      )}
                    </Group>
                    {r.summary && <Text size="sm">{r.summary}</Text>}
                    <List size="sm">
                      {r.items.map((it, i) => (
                        <List.Item key={i}>
                          {it.description}
                          {it.warnings.map((w) => (
                            <Text key={w.code} size="xs" c={`${severityColor(w.severity)}.8`}>
                              ⚠ {w.message}
                            </Text>
                          ))}
                        </List.Item>
                      ))}
                    </List>
                  </div>
                ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>

      <Paper withBorder p="sm" data-testid="live-decision">
        <Group gap="xs" mb="xs">
          <Title order={3} size="h4">
            Decision
          </Title>
          {decision && (
            <Badge color={decision.status === 'signed' ? 'green' : 'yellow'} variant="light">
              {decision.status === 'signed' ? 'Signed' : 'Being written'}
            </Badge>
          )}
        </Group>
        {!decision ? (
          <Text c="dimmed">No decision yet.</Text>
        ) : (
          <Stack gap={4}>
            <List>
              {decision.items.map((it) => (
                <List.Item key={it.id}>
                  {it.description}
                  {it.warnings.map((w) => (
                    <Alert key={w.code} color={severityColor(w.severity)} variant="light" p={4} mt={2}>
                      <Text size="xs">{w.message}</Text>
                    </Alert>
                  ))}
                </List.Item>
              ))}
            </List>
            {decision.rationale && <Text size="sm">Rationale: {decision.rationale}</Text>}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
