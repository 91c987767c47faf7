/**
 * From probabilities to one stance. The rule maximises the expected FNC-1 score: calling a
 * related text unrelated loses its whole point, calling an unrelated one related loses a quarter,
 * so "unrelated" needs P(unrelated) well above one half.
 * @module
 */
import type { Stance } from './index.js'
import type { PairProbs } from './predictor.js'

/** File name of the shipped weights, beside the training script. */
export const MODEL_FILE = 'stance-model.bin.gz'
/** Name recorded in every result's `why.rule`. */
export const MODEL_NAME = 'stance-mlp'
export const MODEL_VERSION = '3'

const LABELS: Stance[] = ['supports', 'refutes', 'reports']

/**
 * A headline or sentence (short path) is called unrelated only when the gate is this sure: the
 * ledger asks about statements already grouped with the claim, and on Emergent CV a laxer gate
 * turned away related headlines.
 */
export const SHORT_GATE = 0.95

/** The stance with the highest expected score, and its probability. */
export function decide(
  p: PairProbs,
  shortGate = SHORT_GATE,
): { stance: Stance; confidence: number } {
  let best = 0
  for (let c = 1; c < 3; c++) if (p.stance[c]! > p.stance[best]!) best = c
  const related = 1 - p.unrelated
  const pBest = p.stance[best]!
  const unrelated =
    p.path === 'short'
      ? p.unrelated >= shortGate
      : 0.25 * p.unrelated > 0.25 * related + 0.75 * related * pBest
  if (unrelated) {
    return { stance: 'unrelated', confidence: p.unrelated }
  }
  return { stance: LABELS[best]!, confidence: related * pBest }
}
