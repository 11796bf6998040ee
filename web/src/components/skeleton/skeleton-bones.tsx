import {
  LABELLED_LEVELS,
  LEVEL_BOXES,
  MIDLINE as C,
  levelBox,
  levelCenterY,
  ribGeometry,
  sideX,
  type SkeletonView,
  type Side,
} from './skeleton-geometry';

/*
 * The drawing of the bones (decorative: the figure's label and the markers carry the meaning).
 * Long bones are outlined capsules; flat bones simple shapes. Schematic on purpose — it places
 * lesions, it is not an anatomy atlas.
 */

const BONE_FILL = '#f1f3f5';
const BONE_EDGE = '#868e96';
const SIDES: readonly Side[] = ['right', 'left'];

function LongBone({ x1, y1, x2, y2, width }: { x1: number; y1: number; x2: number; y2: number; width: number }) {
  return (
    <g>
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={BONE_EDGE} strokeWidth={width + 2} strokeLinecap="round" />
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={BONE_FILL} strokeWidth={width} strokeLinecap="round" />
    </g>
  );
}

const boneShape = { fill: BONE_FILL, stroke: BONE_EDGE, strokeWidth: 1 } as const;

/** Ribs 1–12 on one side, drawn from the spine out and round to the front. */
function Ribs({ view, side }: { view: SkeletonView; side: Side }) {
  const x = (dx: number) => sideX(view, side, dx);
  return (
    <g fill="none" stroke={BONE_EDGE} strokeWidth={2.2} strokeLinecap="round">
      {Array.from({ length: 12 }, (_, i) => {
        const { y, width } = ribGeometry(i + 1);
        return (
          <path
            key={i}
            d={`M ${x(8)} ${y} C ${x(width * 0.9)} ${y - 8}, ${x(width + 4)} ${y + 12}, ${x(width - (i < 7 ? 8 : 4))} ${y + 26}`}
          />
        );
      })}
    </g>
  );
}

function Limbs({ view, side }: { view: SkeletonView; side: Side }) {
  const x = (dx: number) => sideX(view, side, dx);
  return (
    <g>
      {/* Clavicle */}
      <LongBone x1={x(9)} y1={124} x2={x(47)} y2={114} width={4} />
      {/* Humerus with its head */}
      <LongBone x1={x(52)} y1={132} x2={x(60)} y2={216} width={8} />
      <circle cx={x(50)} cy={129} r={7} {...boneShape} />
      {/* Ulna (medial) and radius (lateral, thumb side) */}
      <LongBone x1={x(57)} y1={226} x2={x(67)} y2={306} width={4.5} />
      <LongBone x1={x(66)} y1={226} x2={x(77)} y2={302} width={5} />
      {/* Hand */}
      <ellipse cx={x(74)} cy={322} rx={8} ry={13} {...boneShape} />
      {/* Pelvis: ilium (wing), pubis, ischium, acetabulum */}
      <path
        d={`M ${x(12)} 288 C ${x(20)} 272, ${x(44)} 270, ${x(48)} 284 C ${x(48)} 300, ${x(42)} 312, ${x(36)} 320 L ${x(22)} 316 Z`}
        {...boneShape}
      />
      <LongBone x1={x(28)} y1={332} x2={x(4)} y2={338} width={5} />
      <LongBone x1={x(28)} y1={334} x2={x(22)} y2={354} width={6} />
      <circle cx={x(34)} cy={326} r={7} {...boneShape} />
      {/* Femur: head and neck, trochanter, shaft, condyles */}
      <LongBone x1={x(35)} y1={327} x2={x(46)} y2={336} width={6} />
      <LongBone x1={x(45)} y1={336} x2={x(33)} y2={450} width={9} />
      <ellipse cx={x(32)} cy={454} rx={9} ry={6} {...boneShape} />
      {/* Tibia and fibula (lateral) */}
      <LongBone x1={x(30)} y1={468} x2={x(27)} y2={558} width={8} />
      <LongBone x1={x(41)} y1={472} x2={x(38)} y2={556} width={3.5} />
      {/* Foot */}
      <ellipse cx={x(31)} cy={575} rx={9} ry={13} {...boneShape} />
    </g>
  );
}

function Spine({ view }: { view: SkeletonView }) {
  const prominent = view === 'back';
  return (
    <g opacity={prominent ? 1 : 0.45}>
      {LEVEL_BOXES.map((box) => (
        <rect
          key={box.level}
          x={C - box.width / 2}
          y={box.y + 0.6}
          width={box.width}
          height={box.height - 1.2}
          rx={1.5}
          {...boneShape}
        />
      ))}
      {prominent &&
        LABELLED_LEVELS.map((level) => (
          <text
            key={level}
            x={C - levelBox(level).width / 2 - 3}
            y={levelCenterY(level) + 3}
            fontSize={8}
            fontWeight={600}
            textAnchor="end"
            fill="#343a40"
            stroke="#fff"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {level}
          </text>
        ))}
    </g>
  );
}

/** The bones of one view; markers are drawn on top by the diagram. */
export function SkeletonBones({ view }: { view: SkeletonView }) {
  return (
    <g>
      {/* Skull and jaw */}
      <ellipse cx={C} cy={42} rx={27} ry={33} {...boneShape} />
      {view === 'front' && (
        <>
          <path d={`M ${C - 16} 62 Q ${C} 84 ${C + 16} 62`} fill="none" stroke={BONE_EDGE} strokeWidth={1.5} />
          <ellipse cx={C - 10} cy={40} rx={6} ry={5} fill="#dee2e6" />
          <ellipse cx={C + 10} cy={40} rx={6} ry={5} fill="#dee2e6" />
        </>
      )}
      {SIDES.map((side) => (
        <Ribs key={side} view={view} side={side} />
      ))}
      {view === 'back' &&
        SIDES.map((side) => {
          const x = (dx: number) => sideX(view, side, dx);
          return (
            <path
              key={side}
              d={`M ${x(20)} 128 L ${x(52)} 122 L ${x(30)} 192 Z`}
              {...boneShape}
              fillOpacity={0.85}
              strokeLinejoin="round"
            />
          );
        })}
      {SIDES.map((side) => (
        <Limbs key={side} view={view} side={side} />
      ))}
      <Spine view={view} />
      {view === 'front' && (
        // Sternum: manubrium, body, xiphoid.
        <path
          d={`M ${C - 8} 124 L ${C + 8} 124 L ${C + 6} 142 L ${C + 6} 200 L ${C} 212 L ${C - 6} 200 L ${C - 6} 142 Z`}
          {...boneShape}
        />
      )}
    </g>
  );
}
