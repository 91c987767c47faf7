import { rawDocument } from '../../pipeline/ingest/index.js'
import type { IngestItem } from '../../pipeline/ingest/types.js'

/**
 * Pages written for the server's tests (none copied from anywhere): two reports of one
 * disputed claim from opposite sides, one unrelated report, and one page whose text is
 * hostile markup that must stay text.
 */
export const FIXTURE_PAGES: { source: string; content: string }[] = [
  {
    source: 'fixture://avdiivka-moscow',
    content: `Moscow says its troops captured Avdiivka

By Example Wire

Published March 3, 2024

Russia's defence ministry said on Tuesday that Russian forces had captured the town of Avdiivka after weeks of fighting.

"Our units have taken full control of Avdiivka," the Russian defence ministry said in a statement.

Ukraine's military denied that Avdiivka had been captured. "Avdiivka has not been captured and our defenders are holding their positions," said Andriy Kovalenko, a spokesman for the Ukrainian army.

The claims could not be independently verified.
`,
  },
  {
    source: 'fixture://avdiivka-kyiv',
    content: `Kyiv denies the fall of Avdiivka

By Sample Daily

Published March 4, 2024

The General Staff of the Ukrainian army said on Wednesday that Avdiivka had not been captured, rejecting claims by Russian forces that they had taken the town.

"The enemy keeps spreading lies," said Andriy Kovalenko, adding that the town remained under Ukrainian control.

Russian forces said they had captured Avdiivka, according to a video posted on social media.
`,
  },
  {
    source: 'fixture://harbour',
    content: `Harbour reopens after repairs

By Example Wire

The harbour in Odesa reopened on Friday after months of repairs, the port authority said.

"Ships can dock safely again," said Maria Bondar, the head of the port authority.
`,
  },
  {
    source: 'fixture://hostile',
    content: `Markup in the news <img src=x onerror="window.__pwned='headline'">

By Example Wire

The council published a statement on Monday that read <script>window.__pwned='script'</script> in full, officials said.

"We saw <img src=x onerror="window.__pwned='img'"> in the letter," said Jane Roe, the head of the council.
`,
  },
]

/** The fixture pages as inputs for runIngestItems. */
export function fixtureItems(): IngestItem[] {
  return FIXTURE_PAGES.map((p) => ({ ok: true as const, doc: rawDocument(p.source, p.content) }))
}
