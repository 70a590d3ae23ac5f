/** Each command's usage, shown by `claimdesk COMMAND --help` and after a mistake in its arguments. */
export const COMMAND_USAGE = {
  export: `  claimdesk export --workspace DIR --format md|html|csv|w3c|claimreview|hypothesis [--article ID]
                   [--out FILE] [--force] [--approved-only]
                   [--title T] [--subtitle S] [--author A] [--include-notes] [--no-unrated]
                   [--group-by article|verdict] [--order-by text|verdict] [--disagreements auto|on|off]
                   [--publisher-name N] [--publisher-url U]
    --format F       md (Markdown), html (a standalone web page), csv, w3c (W3C Web Annotation
                     JSON-LD, also "annotations"), claimreview, hypothesis (Hypothesis API JSON)
    --article ID     only this article's claims (see the ids with: claimdesk list)
    --out FILE       write the report to FILE instead of standard output; an existing FILE is
                     never replaced unless --force is given
    --approved-only  only the claims an editor approved (any format)
    Markdown and HTML reports only (each defaults to what the app's export dialog last used):
    --title T, --subtitle S, --author A   the report's title lines and byline
    --include-notes  publish each claim's internal notes beside its finding
    --no-unrated     leave out claims that have no verdict yet
    --group-by G     article (default) or verdict;  --order-by O  text (default) or verdict
    --disagreements  where the outlets disagree: auto (when there is more than one article), on, off
    ClaimReview only, for this export (see claimdesk settings to keep them):
    --publisher-name N, --publisher-url U   who publishes the reviews
    Set SOURCE_DATE_EPOCH (seconds since 1970) to fix the report's date, for reproducible reports.
  claimdesk export --workspace DIR --format evidence --out FILE.zip [--force]
    The evidence package: the Markdown report, every WARC file and article version it cites
    (with the file each version was read from), and manifest.json listing each file with its
    sha256 and size.`,
  verify: `  claimdesk verify FILE.zip
    Checks every file of an evidence package against its manifest: prints "ok" or "mismatch" for
    each, and exits 1 on any mismatch, missing or unlisted file.`,
  list: `  claimdesk list --workspace DIR
    One line per article: its id, its number of claims, its title.`,
  import: `  claimdesk import FILE_OR_FOLDER... --workspace DIR   (a new DIR becomes a new workspace)`,
  'import-annotations': `  claimdesk import-annotations FILE --workspace DIR [--article ID]
    FILE holds W3C Web Annotations (JSON-LD) or Hypothesis annotations (JSON). Each goes to the
    article whose address is its page's, else to the one article its quote is in.
    --article ID     look for the quotes of annotations made elsewhere in this article only
    Exits 1 when anything was skipped, naming the articles a quote was found in.`,
  claims: `  claimdesk claims --workspace DIR [--article ID] [--format json|tsv]
    The claims, as JSON (default) or one tab-separated line each: article, claim, verdict,
    status, claimant, tags, quote.`,
  mark: `  claimdesk mark --workspace DIR --article ID --quote TEXT [--tag T]... [--verdict V]
                 [--claimant C] [--status S] [--note TEXT]
    Marks the words TEXT of the article as a claim; quotes and spaces may be typed plainly.
    --tag T          a tag, made when the workspace has none of that name (may be repeated)
    --verdict V      a verdict of the workspace's scale, by its label (e.g. "Mostly false")
    --claimant C     who made the claim;  --note TEXT  the claim's notes, in Markdown
    --status S       to-check (default), researching, checked, ready-for-review or approved; a
                     checked claim records the article version it was checked against; only an
                     editor or the owner of a team desk may mark a claim approved`,
  settings: `  claimdesk settings --workspace DIR [--publisher-name N] [--publisher-url U] [--language L]
    Prints the workspace's settings after setting those given.
    --publisher-name N, --publisher-url U   who publishes the ClaimReviews (an http(s) address)
    --language L     the language reviews are written in, a tag like en or pt-BR ("" for none)`,
  archive: `  claimdesk archive URL... --workspace DIR [--claim ID] [--allow-private-network]
    Keeps a copy of each page as a WARC file in DIR/.claimdesk/evidence/ and prints
    "archived URL sha256:HEX FILE" (HEX: the sha256 of the page as served).
    --claim ID       also add each page, with its archived copy, as a source of this claim
    --allow-private-network   let the pages be on this computer or a private network (off: public only)
    Exits 1 when a page could not be archived (a private address, too large, not http(s), no answer).`,
  compare: `  claimdesk compare --workspace DIR   (where the articles disagree, as Markdown)`,
  'desk-server': `  claimdesk desk-server --data DIR [--port N] [--listen ADDRESS] [--postgres URL] [--redis URL]
    Serves a team desk to its members until stopped (Ctrl-C, SIGTERM). Prints its address and, on
    the first start of an empty DIR, the owner's invite code.
    --data DIR       where the desk keeps its documents, members and signing secret (back it up)
    --port N         the port to listen on (default 0: any free port, printed at start)
    --listen ADDRESS the IP address to listen on (default 127.0.0.1: this computer only)
    --postgres URL   keep the documents in this PostgreSQL database (postgres://USER@HOST/DB) instead
                     of DIR/documents; members and the secret stay in DIR. Give the password in
                     PGPASSWORD or ~/.pgpass, not in the URL, which every user can see.
    --redis URL      join the other instances serving this desk through Redis (redis://HOST:PORT)`,
  share: `  claimdesk share --workspace DIR --server URL --invite CODE --name NAME
    Puts the workspace on a team desk as its owner: exchanges the owner's invite (printed by
    desk-server) for a member token, kept in DIR/.claimdesk/desk.json (mode 0600), and sends the
    workspace's articles, tags, verdict scale and claims to the desk.`,
  invite: `  claimdesk invite --workspace DIR --role editor|checker|viewer --name NAME
    Prints a single-use invite code for a new member of the workspace's desk (owner; an editor may
    invite checkers and viewers). Names are unique on a desk.`,
  join: `  claimdesk join --workspace NEWDIR --server URL --invite CODE --name NAME
    Makes a new workspace in NEWDIR that follows the desk: its articles, tags and claims.`,
  sync: `  claimdesk sync --workspace DIR
    Sends the workspace's changes to its desk and brings the desk's into it. Exits 0 when both are
    in step, 1 when the server cannot be reached or refuses this member (changes made here are kept
    and sent at the next sync). Two verdicts set at once on one claim are a conflict, shown on the
    claim until someone sets its verdict again. A viewer sends nothing.`,
  members: `  claimdesk members --workspace DIR   (the desk's members: name, role, revoked)`,
  revoke: `  claimdesk revoke --workspace DIR --name NAME
    Revokes a member of the desk (owner only): their connections are closed and refused from then on.`,
  help: `  claimdesk help [COMMAND]   (or: claimdesk COMMAND --help)`,
} as const

export type CommandName = keyof typeof COMMAND_USAGE

export const isCommandName = (name: string | undefined): name is CommandName =>
  name !== undefined && Object.hasOwn(COMMAND_USAGE, name)

const WORKSPACE = `  --workspace DIR  a workspace folder, the one holding .claimdesk/ (the desktop app keeps its own
                   in <its user data folder>/workspace, the browser host in ~/.claimdesk-host/workspace)`

const firstLines = (usage: string) => usage.split('\n    ')[0]

/** The usage of every command, or all of one command's. */
export const usageOf = (command?: CommandName): string =>
  command && command !== 'help'
    ? `Usage:\n${COMMAND_USAGE[command]}${command === 'desk-server' ? '' : `\n\n${WORKSPACE}`}`
    : `Usage:\n${Object.values(COMMAND_USAGE).map(firstLines).join('\n')}\n\n${WORKSPACE}\n  Exit codes: 0 done, 1 the work failed or left something out, 2 bad arguments.`
