import { useId, useState } from 'react';
import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { SkeletonMarker } from './lesion-marker';
import { RISK_BAND_ORDER, RISK_BAND_STYLES, type RiskBand } from './risk-bands';
import { SkeletonBones } from './skeleton-bones';
import { MIDLINE, VIEWBOX, markerPlace, type SkeletonView } from './skeleton-geometry';
import './skeleton.css';

const VIEW_LABELS: Readonly<Record<SkeletonView, string>> = { front: 'Front', back: 'Back' };
const VIEW_DESCRIPTIONS: Readonly<Record<SkeletonView, string>> = {
  front: 'Schematic skeleton seen from the front: the patient’s right is on your left.',
  back: 'Schematic skeleton seen from the back, with the vertebral levels C1 to S5: the patient’s left is on your left.',
};

const MARKER_SIZE = 7;
/** How far apart markers at the same place are spread, so each stays visible and reachable. */
const SPREAD = 11;

/** The marker's shape for its band (shape as well as colour, so colour is never the only cue). */
function MarkerShape({ band, x, y, size = MARKER_SIZE }: { band: RiskBand; x: number; y: number; size?: number }) {
  const { fill, shape } = RISK_BAND_STYLES[band];
  const common = { fill, stroke: '#212529', strokeWidth: 1.2 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} {...common} />;
    case 'ring':
      return <circle cx={x} cy={y} r={size - 0.5} {...common} fill="#fff" stroke={fill} strokeWidth={3} />;
    case 'square':
      return <rect x={x - size + 1} y={y - size + 1} width={2 * size - 2} height={2 * size - 2} rx={2} {...common} />;
    case 'diamond':
      return (
        <path
          d={`M ${x} ${y - size - 1.5} L ${x + size + 1.5} ${y} L ${x} ${y + size + 1.5} L ${x - size - 1.5} ${y} Z`}
          {...common}
        />
      );
    case 'triangle':
      return (
        <path
          d={`M ${x} ${y - size - 2} L ${x + size + 1.5} ${y + size - 0.5} L ${x - size - 1.5} ${y + size - 0.5} Z`}
          {...common}
        />
      );
  }
}

interface PlacedMarker {
  marker: SkeletonMarker;
  view: SkeletonView;
  x: number;
  y: number;
}

/** Markers sharing a spot are fanned out sideways (away from the midline). */
function placeMarkers(markers: readonly SkeletonMarker[]): { placed: PlacedMarker[]; unplaced: SkeletonMarker[] } {
  const placed: PlacedMarker[] = [];
  const unplaced: SkeletonMarker[] = [];
  const seen = new Map<string, number>();
  for (const marker of markers) {
    const place = markerPlace(marker.site, marker.laterality);
    if (!place) {
      unplaced.push(marker);
      continue;
    }
    const key = `${place.view}:${place.x.toFixed(1)}:${place.y.toFixed(1)}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    const direction = place.x < MIDLINE ? -1 : 1;
    placed.push({ marker, view: place.view, x: place.x + direction * index * SPREAD, y: place.y });
  }
  return { placed, unplaced };
}

function SkeletonViewSvg({
  view,
  markers,
  focusedId,
  onFocusMarker,
}: {
  view: SkeletonView;
  markers: readonly PlacedMarker[];
  focusedId: string | null;
  onFocusMarker: (id: string | null) => void;
}) {
  const titleId = useId();
  return (
    <figure className="skeleton-view">
      {/* A group, not an img: an img's children are hidden from assistive technology, and each
          marker must be reachable on its own. The bones are the img, with their own label. */}
      <svg
        viewBox={`0 0 ${VIEWBOX.width} ${VIEWBOX.height}`}
        role="group"
        aria-labelledby={titleId}
        className="skeleton-svg"
        data-view={view}
      >
        <title id={titleId}>{`${VIEW_LABELS[view]} view`}</title>
        <g role="img" aria-label={VIEW_DESCRIPTIONS[view]}>
          <SkeletonBones view={view} />
          <text x={8} y={16} fontSize={11} fontWeight={600} fill="#495057">
            {view === 'front' ? 'R' : 'L'}
          </text>
          <text x={VIEWBOX.width - 8} y={16} fontSize={11} fontWeight={600} fill="#495057" textAnchor="end">
            {view === 'front' ? 'L' : 'R'}
          </text>
        </g>
        {markers.map(({ marker, x, y }) => (
          <g
            key={marker.id}
            role="img"
            aria-label={marker.label}
            tabIndex={0}
            className="skeleton-marker"
            data-band={marker.band}
            onFocus={() => onFocusMarker(marker.id)}
            onBlur={() => onFocusMarker(null)}
            onMouseEnter={() => onFocusMarker(marker.id)}
            onMouseLeave={() => onFocusMarker(null)}
          >
            {focusedId === marker.id && (
              <circle cx={x} cy={y} r={MARKER_SIZE + 5} fill="none" stroke="#1864ab" strokeWidth={2.5} />
            )}
            <MarkerShape band={marker.band} x={x} y={y} />
          </g>
        ))}
      </svg>
      <Text component="figcaption" size="sm" fw={600} ta="center">
        {VIEW_LABELS[view]}
      </Text>
    </figure>
  );
}

export function SkeletonLegend() {
  return (
    <List listStyleType="none" spacing={6} size="sm" aria-label="Legend" className="skeleton-legend">
      {RISK_BAND_ORDER.map((band) => (
        <List.Item
          key={band}
          icon={
            <svg width={18} height={18} viewBox="0 0 18 18" aria-hidden="true">
              <MarkerShape band={band} x={9} y={9} size={6} />
            </svg>
          }
        >
          {RISK_BAND_STYLES[band].label}
        </List.Item>
      ))}
    </List>
  );
}

export interface SkeletonDiagramProps {
  markers: readonly SkeletonMarker[];
  /** Heading above the views. */
  title?: string;
}

/**
 * The case's lesions on a schematic skeleton, front and back: one marker per lesion at its site
 * (sides respected, the spine by level), shaped and coloured by its risk band, each focusable and
 * labelled (e.g. "T12 vertebra: SINS 13, unstable"). The label of the focused or hovered marker is
 * also shown as text under the views.
 */
export function SkeletonDiagram({ markers, title = 'Lesions on the skeleton' }: SkeletonDiagramProps) {
  const headingId = useId();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const { placed, unplaced } = placeMarkers(markers);
  const focused = markers.find((m) => m.id === focusedId);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="xs">
        {title}
      </Title>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <div className="skeleton-views">
          {(['front', 'back'] as const).map((view) => (
            <SkeletonViewSvg
              key={view}
              view={view}
              markers={placed.filter((p) => p.view === view)}
              focusedId={focusedId}
              onFocusMarker={setFocusedId}
            />
          ))}
        </div>
        <Stack gap="sm" className="skeleton-side">
          <SkeletonLegend />
          <Text size="sm" c="dimmed">
            Spine, sacrum and scapulae are marked on the back view; other bones on the front view. Tab through the
            markers to read each one.
          </Text>
          <Text size="sm" mih="1.5em" aria-hidden="true" fw={500} data-testid="skeleton-focused">
            {focused?.label ?? (markers.length === 0 ? 'Nothing to mark yet.' : '')}
          </Text>
          {unplaced.length > 0 && (
            <div>
              <Text size="sm" fw={500}>
                Not drawn on the schematic:
              </Text>
              <List size="sm">
                {unplaced.map((m) => (
                  <List.Item key={m.id}>{m.label}</List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
