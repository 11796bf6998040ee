import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { BoardDecision } from './board-decision.entity.js';

/**
 * When the letter of a signed decision was first produced (the PDF is generated on demand, and a
 * signed decision row never changes). The quality dashboard measures decision → letter from it.
 */
@Entity('decision_letter')
export class DecisionLetter {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid', primaryKeyConstraintName: 'PK_decision_letter' })
  decisionId: string;

  @ManyToOne(() => BoardDecision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'FK_decision_letter_decision' })
  decision?: Relation<BoardDecision>;

  @Column({ name: 'first_produced_at', type: 'timestamptz' })
  firstProducedAt: Date;
}
