import * as articles from './commands/articles.js'
import * as claims from './commands/claims.js'
import * as exp from './commands/export.js'
import * as group from './commands/group.js'
import * as ingest from './commands/ingest.js'
import * as serve from './commands/serve.js'
import * as show from './commands/show.js'
import * as stance from './commands/stance.js'
import * as start from './commands/start.js'
import * as statements from './commands/statements.js'
import { UsageError } from './config.js'

interface Command {
  run(argv: string[]): Promise<number>
  usage: string
  summary: string
}

const COMMANDS: Record<string, Command> = {
  ingest: {
    run: ingest.ingestCommand,
    usage: ingest.usage,
    summary: 'read news pages into the ledger',
  },
  articles: {
    run: articles.articlesCommand,
    usage: articles.usage,
    summary: 'list stored articles',
  },
  show: {
    run: show.showCommand,
    usage: show.usage,
    summary: 'one clean article with its entities',
  },
  statements: {
    run: statements.statementsCommand,
    usage: statements.usage,
    summary: 'attributed statements: who said what, how, how sure',
  },
  claims: {
    run: claims.claimsCommand,
    usage: claims.claimsUsage,
    summary: 'claims with their status and sides',
  },
  disputes: {
    run: claims.disputesCommand,
    usage: claims.disputesUsage,
    summary: 'claims one side supports and another refutes',
  },
  claim: {
    run: claims.claimCommand,
    usage: claims.claimUsage,
    summary: 'one claim: timeline, sides, evidence, sentences',
  },
  merge: {
    run: claims.mergeCommand,
    usage: claims.mergeUsage,
    summary: 'merge one claim into another',
  },
  split: {
    run: claims.splitCommand,
    usage: claims.splitUsage,
    summary: 'move statements out of a claim',
  },
  annotate: {
    run: claims.annotateCommand,
    usage: claims.annotateUsage,
    summary: "add an analyst's note to a claim",
  },
  stance: {
    run: stance.stanceCommand,
    usage: stance.usage,
    summary: 'stance of texts toward claims, one JSON line each',
  },
  group: {
    run: group.groupCommand,
    usage: group.usage,
    summary: 'group texts into claims, one JSON line each',
  },
  export: {
    run: exp.exportCommand,
    usage: exp.usage,
    summary: 'write the ledger as JSON or JSON Lines',
  },
  serve: {
    run: serve.serveCommand,
    usage: serve.usage,
    summary: 'serve the dashboard and the REST API',
  },
  start: {
    run: start.startCommand,
    usage: start.usage,
    summary: 'ingest pages, then serve the dashboard and the API',
  },
}

const HELP = `counterclaim: a ledger of contested claims in the news

usage: counterclaim <command> [options]

${Object.entries(COMMANDS)
  .map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`)
  .join('\n')}

Every command takes --db PATH (default ./counterclaim.db, or $COUNTERCLAIM_DB; a postgres:// URL
uses PostgreSQL). "counterclaim <command> --help" shows a command's options.`

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP)
    return name ? 0 : 2
  }
  const cmd = COMMANDS[name]
  if (!cmd) {
    console.error(`unknown command "${name}"\n\n${HELP}`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(cmd.usage)
    return 0
  }
  try {
    return await cmd.run(rest)
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`counterclaim ${name}: ${e.message}\n\n${cmd.usage}`)
      return 2
    }
    console.error(`counterclaim ${name}: ${(e as Error).message}`)
    if (process.env.DEBUG) console.error(e)
    return 1
  }
}
