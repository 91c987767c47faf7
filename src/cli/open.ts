import { loadAttributionModel } from '../pipeline/attribution/model/index.js'
import type { PipelineDeps } from '../pipeline/index.js'
import { loadGazetteer } from '../pipeline/language/geo/index.js'
import { openStore, type Store } from '../store/db.js'
import { dbLocation } from './config.js'

/** Opens the ledger a command names, runs the function, and always closes it. */
export async function withStore<T>(
  dbFlag: string | undefined,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(dbLocation(dbFlag))
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}

/** What the reading pipeline needs, loaded once per process. */
export function pipelineDeps(): PipelineDeps {
  return { gazetteer: loadGazetteer(), model: loadAttributionModel() }
}
