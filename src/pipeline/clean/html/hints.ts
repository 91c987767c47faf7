/** What a class or id name says an element holds, when it says it is not body text. */
export type HintKind =
  | 'caption'
  | 'byline'
  | 'date'
  | 'share'
  | 'related'
  | 'newsletter'
  | 'nav'
  | 'ad'
  | 'comment'
  | 'bio'
  | 'legal'
  | 'summary'
  | 'meta'

// Order matters: the first kind whose pattern matches a name wins.
const RULES: [HintKind, RegExp][] = [
  [
    'caption',
    /caption|credit|copyright|photo-?info|image-?meta|img-?desc|slide-?count|figure-?content|imagebox|media-?meta|wp-caption/,
  ],
  [
    'bio',
    /author-?bio|author-?details|author-?info|about-?(?:the-?)?author|(?:^|[-_ ])bio(?:graphy)?(?:$|[-_ ])|contributor-?bio/,
  ],
  [
    'byline',
    /byline|by-?line|(?:^|[-_ ])authors?(?:$|[-_ ])|author-?name|writer|submitted-?by|posted-?by/,
  ],
  [
    'date',
    /timestamp|dateline|(?:^|[-_ ])(?:date|time|pubdate|published|updated)(?:$|[-_ ])|publish-?date|post-?date|entry-?date|article-?date|byline-?date/,
  ],
  ['share', /share|sharing|social|(?:^|[-_ ])sns(?:$|[-_ ])|follow-?us/],
  [
    'related',
    /related|recommend|more-?stories|read-?more|also-?(?:read|on)|you-?may|more-?from|next-?up|(?:^|[-_ ])promo|see-?also|trending|popular|most-?read/,
  ],
  [
    'newsletter',
    /newsletter|sign-?up|subscri|email-?signup|(?:^|[-_ ])cta(?:$|[-_ ])|callout|paywall|registration/,
  ],
  [
    'nav',
    /breadcrumb|(?:^|[-_ ])nav(?:$|[-_ ]|bar|igation)|menu|skip-?link|pagination|(?:^|[-_ ])tags?(?:$|[-_ ]|list)|categor|post-?info|postinfo|topnav|subnav/,
  ],
  [
    'ad',
    /(?:^|[-_ ])ads?(?:$|[-_ ])|advert|sponsor|(?:^|[-_ ])dfp|ad-?container|ad-?slot|(?:^|[-_ ])wpa(?:$|[-_ ])|outbrain|taboola|affiliate|disclaimer/,
  ],
  ['comment', /comment|disqus|(?:^|[-_ ])respond/],
  ['legal', /footer|legal|copyright-?wrp|cookie/],
  [
    'summary',
    /summary|standfirst|(?:^|[-_ ])dek(?:$|[-_ ])|subhead|article-?intro|excerpt|article-?promo/,
  ],
  [
    'meta',
    /(?:^|[-_ ])meta(?:$|[-_ ]|data)|article-?meta|post-?meta|entry-?meta|article-?controls|read-?time|post-?views|views-?count|headline|entry-title|article-?title/,
  ],
]

// One pass over the whole string rejects most names before the per-kind tests.
const ANY = new RegExp(RULES.map(([, re]) => re.source).join('|'))

/** The furniture kind named by one element's class and id, or null. */
export function hintKind(hint: string): HintKind | null {
  if (!hint || !ANY.test(hint)) return null
  for (const name of hint.split(' ')) {
    if (!name || name.length > 80) continue
    for (const [kind, re] of RULES) if (re.test(name)) return kind
  }
  return null
}
