/**
 * General English cue words for stance: words that deny or debunk, words that hedge or merely
 * report, words that confirm, and negations. Matched on Porter stems. No entry names a topic.
 * @module
 */
import { stem } from './porter.js'

const list = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean).map(stem))

/** Words that deny, debunk or call a claim false. */
export const REFUTE = list(`
  fake fakes faked hoax hoaxes false falsely falsehood untrue bogus debunk debunked debunks
  deny denies denied denial denying refute refutes refuted refuting rebut rebuts rebuttal
  dismiss dismisses dismissed reject rejects rejected fabricated fabrication fabricate
  made-up myth prank pranks prankster satire satirical spoof parody joke fraud fraudulent
  baseless unfounded misleading misinformation disinformation retract retracts retracted
  retraction wrong incorrect lie lies lied lying nonsense dispute disputes disputed contradict
  contradicts contradicted never nope doubt doubts doubtful skeptical sceptical scam phony
  photoshopped doctored staged erroneous mistaken inaccurate hoaxer debunking busted rumour-mill
`)

/** Words that hedge, attribute or only report a claim without taking a side. */
export const HEDGE = list(`
  reportedly allegedly alleged alleges allege claim claims claimed claiming rumor rumors rumored
  rumour rumours rumoured unconfirmed unverified according report reports reported reporting
  apparently apparent purportedly purported suggests suggest suggested speculation speculate
  speculated possibly possible perhaps maybe supposedly seemingly seems seem appears appear
  likely unlikely unclear uncertain unknown investigating investigate investigation believed
  believe thought sources source could might may would if whether question questions
  circulating circulated viral surfaced emerged rumoured claimed reckon suspect suspected
  tipped expected plans considering
`)

/** Words that confirm or assert a claim as fact. */
export const SUPPORT = list(`
  confirm confirms confirmed confirming confirmation officially official verified verify
  true truth indeed proof proved proven prove evidence footage revealed reveals reveal
  announced announces announce admitted admits admit acknowledged acknowledges actually
  definitely certainly clearly shows showed shown finally really real genuine authentic
`)

/**
 * Verbs and phrases that attribute a text to someone ("said", "according to"). "said" and "says"
 * are stopwords for content terms, so the other lists cannot see them.
 */
export const REPORT = list(`
  said say says saying told tell tells according stated reported wrote posted tweeted claimed
  insisted added explained announced
`)

/** Negation words (tokens; "n't" is already split off as "not"). */
export const NEGATION = list(`not no never none nobody nothing neither nor without cannot`)
