import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readCsv } from './csv.js'
import { sharedPath } from './shared-data.js'

export interface NewsItem {
  id: string
  headline?: string
  text: string
  publishedAt?: string
  outlet?: string
}

/**
 * The English news texts in ../shared/data, one at a time: GDELT five-country articles,
 * Guardian and NYT 2022, ISW assessments, FNC-1 bodies and PolNeAR texts.
 */
export function* newsCorpus(): Generator<NewsItem> {
  const gdelt = sharedPath('data', 'gdelt-5country-ukraine-war-news-2022-2024')
  if (gdelt) {
    for (const sub of ['articles', 'ru_labelled_removed']) {
      const dir = join(gdelt, sub)
      for (const f of readdirSync(dir).sort()) {
        const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(f)
        yield {
          id: `gdelt/${sub}/${f}`,
          text: readFileSync(join(dir, f), 'utf8'),
          ...(m ? { publishedAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00Z` } : {}),
        }
      }
    }
  }
  const gn = sharedPath('data', 'guardian-nyt-russia-ukraine-2022')
  if (gn) {
    for (const [file, tag, outlet] of [
      ['Guardians_Russia_Ukraine.csv', 'G', 'The Guardian'],
      ['NYT_Russia_Ukraine.csv', 'N', 'The New York Times'],
    ] as const) {
      let n = 0
      for (const r of readCsv(join(gn, file))) {
        n++
        const date = r.published?.replace(/\//g, '-')
        yield {
          id: `${tag}${n}`,
          headline: r.headlines ?? '',
          text: r.articles ?? '',
          outlet,
          ...(date ? { publishedAt: date } : {}),
        }
      }
    }
  }
  const isw = sharedPath('data', 'isw-campaign-assessments-2022-2023', 'reports.json')
  if (isw) {
    const reports = JSON.parse(readFileSync(isw, 'utf8')) as ({
      date: string
      content: string
    } | null)[]
    for (let i = 0; i < reports.length; i++) {
      const r = reports[i]
      if (r)
        yield {
          id: `reports.json[${i}]`,
          text: r.content,
          publishedAt: r.date,
          outlet: 'Institute for the Study of War',
        }
    }
  }
  const fnc = sharedPath('data', 'fnc-1')
  if (fnc) {
    for (const file of ['train_bodies.csv', 'competition_test_bodies.csv']) {
      for (const r of readCsv(join(fnc, file)))
        yield { id: `fnc/${r['Body ID']}`, text: r.articleBody ?? '' }
    }
  }
  const pol = sharedPath('data', 'polnear')
  if (pol) {
    for (const split of ['train', 'dev', 'test']) {
      const dir = join(pol, split, 'text')
      for (const f of readdirSync(dir).sort())
        yield { id: `polnear/${split}/${f}`, text: readFileSync(join(dir, f), 'utf8') }
    }
  }
}
