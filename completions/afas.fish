# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_afas_global_optspecs
    string join \n db= as= o/output= y/yes q/quiet h/help V/version
end

function __fish_afas_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_afas_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_afas_using_subcommand
    set -l cmd (__fish_afas_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c afas -n "__fish_afas_needs_command" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_needs_command" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_needs_command" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_needs_command" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_needs_command" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_needs_command" -f -a "init" -d 'Create the store and its first Caf agent'
complete -c afas -n "__fish_afas_needs_command" -f -a "partner" -d 'Partners and their three signed documents'
complete -c afas -n "__fish_afas_needs_command" -f -a "account" -d 'Accounts: Caf agents and partner people'
complete -c afas -n "__fish_afas_needs_command" -f -a "group" -d 'The Afas groups declarer and habiliter, their managers and members'
complete -c afas -n "__fish_afas_needs_command" -f -a "service" -d 'Services (ALSH, RAM) and their sites'
complete -c afas -n "__fish_afas_needs_command" -f -a "profile" -d 'Afas profiles (FDA, FDF, approver) and the readiness check'
complete -c afas -n "__fish_afas_needs_command" -f -a "call" -d 'Calls for declaration (campaigns)'
complete -c afas -n "__fish_afas_needs_command" -f -a "declaration" -d 'Declarations: entry by the providers, the approver\'s four steps, the Caf\'s send-back'
complete -c afas -n "__fish_afas_needs_command" -f -a "workshop" -d 'The Caf\'s training sessions: plan them, register people, see who comes'
complete -c afas -n "__fish_afas_needs_command" -f -a "todo" -d 'What waits for you, most urgent first (the nearest deadline, then the oldest), each with the command that does it: forms to fill or returned (FDA, FDF); declarations to approve, being approved or sent back (approver); services not ready and groups without a manager (administrators, managers); declarations transmitted, calls near their deadline and e-mails failing (Caf agents). Nothing waiting: an empty list, exit 0'
complete -c afas -n "__fish_afas_needs_command" -f -a "config" -d 'The store\'s settings: control thresholds, the e-mail sender'
complete -c afas -n "__fish_afas_needs_command" -f -a "outbox" -d 'E-mails waiting to be delivered, and their delivery over SMTP'
complete -c afas -n "__fish_afas_needs_command" -f -a "import" -d 'Import partners, accounts, groups, services, sites, profiles from CSV or a workbook (all or nothing)'
complete -c afas -n "__fish_afas_needs_command" -f -a "export" -d 'Export in the import formats: one kind as CSV to stdout, or all six as a workbook'
complete -c afas -n "__fish_afas_needs_command" -f -a "audit" -d 'The audit trail: every change, who, when'
complete -c afas -n "__fish_afas_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c afas -n "__fish_afas_needs_command" -f -a "migrate" -d 'Upgrade a shared store\'s schema (PostgreSQL, run by the database\'s owner); a SQLite store upgrades itself when opened'
complete -c afas -n "__fish_afas_needs_command" -f -a "whoami" -d 'Print the acting account: on PostgreSQL the one the server authenticated'
complete -c afas -n "__fish_afas_needs_command" -f -a "password" -d 'Change your own password on a shared store (PostgreSQL), making it permanent: asked twice on a terminal, else one line on stdin'
complete -c afas -n "__fish_afas_needs_command" -f -a "demo" -d 'The seed\'s story end to end, in a fresh store'
complete -c afas -n "__fish_afas_needs_command" -f -a "generate-assets" -d 'Write the completion scripts and man pages into DIR (for packagers and the tests)'
complete -c afas -n "__fish_afas_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand init" -l agent -d 'Login of the first Caf agent' -r
complete -c afas -n "__fish_afas_using_subcommand init" -l first-name -r
complete -c afas -n "__fish_afas_using_subcommand init" -l last-name -r
complete -c afas -n "__fish_afas_using_subcommand init" -l email -r
complete -c afas -n "__fish_afas_using_subcommand init" -l caf-code -d 'Make the first agent an agent of this Caf only (3 digits, e.g. 161): it sees and administers that Caf\'s partners only. Without it the agent is national' -r
complete -c afas -n "__fish_afas_using_subcommand init" -l role-prefix -d 'PostgreSQL: start the store\'s role names with PREFIX (letters, digits, _), so that several stores can share one server' -r
complete -c afas -n "__fish_afas_using_subcommand init" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand init" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand init" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand init" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand init" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand init" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -f -a "create" -d 'Register a partner (Caf agent)'
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -f -a "document" -d 'Record the receipt of a signed document (Caf agent); the third opens the partner'
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -f -a "list" -d 'List partners'
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -f -a "show" -d 'Show one partner'
complete -c afas -n "__fish_afas_using_subcommand partner; and not __fish_seen_subcommand_from create document list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -l name -r
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -l siret -d '14 digits, Luhn-valid' -r
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -l caf-code -d 'The partner\'s Caf, 3 digits (e.g. 161)' -r
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from document" -l received -d 'Receipt date, YYYY-MM-DD (default: today)' -r
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from document" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from document" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from document" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from document" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from document" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from document" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from document" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from show" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from show" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "create" -d 'Register a partner (Caf agent)'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "document" -d 'Record the receipt of a signed document (Caf agent); the third opens the partner'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "list" -d 'List partners'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one partner'
complete -c afas -n "__fish_afas_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -f -a "create" -d 'Create an account of a partner, or a Caf agent with --caf'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -f -a "update" -d 'Change a person\'s name or e-mail'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -f -a "suspend" -d 'Suspend an account: it can do nothing until reactivated'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -f -a "reactivate" -d 'Reactivate a suspended account'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -f -a "password" -d 'Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the person themself, an administrator of its partner or a Caf agent may'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -f -a "admin" -d 'Make an account administrator of its partner, or revoke it'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -f -a "list" -d 'List accounts'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -f -a "show" -d 'Show one account'
complete -c afas -n "__fish_afas_using_subcommand account; and not __fish_seen_subcommand_from create update suspend reactivate password admin list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -l partner -d 'The partner the person belongs to (chosen from a list on a terminal)' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -l caf-code -d 'The Caf agent\'s Caf, 3 digits (e.g. 161): it then acts on that Caf\'s partners only. Default: the creator\'s own Caf (none for a national agent, who makes national agents)' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -l first-name -d 'Asked for on a terminal when not given' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -l last-name -d 'Asked for on a terminal when not given' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -l email -d 'Asked for on a terminal when not given' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -l caf -d 'A Caf agent (belongs to no partner)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -l admin -d 'Make the person an administrator of the partner (at most 2)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -l first-name -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -l last-name -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -l email -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from suspend" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from suspend" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from reactivate" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from password" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from password" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from password" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from password" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from admin" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from admin" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from admin" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from admin" -l revoke
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from admin" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from admin" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from admin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from admin" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from list" -l partner -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from list" -l group -d 'Only members of this group (with --partner, or the actor\'s partner)' -r -f -a "declarer\t'Déclarer: the people who declare (FDA, FDF, approver)'
habiliter\t'Habiliter: the people who give Afas profiles to members of `declarer`'"
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from show" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from show" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an account of a partner, or a Caf agent with --caf'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a person\'s name or e-mail'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend an account: it can do nothing until reactivated'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Reactivate a suspended account'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "password" -d 'Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the person themself, an administrator of its partner or a Caf agent may'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "admin" -d 'Make an account administrator of its partner, or revoke it'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account'
complete -c afas -n "__fish_afas_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -f -a "create" -d 'Create a group of an open partner, with its manager'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -f -a "manager" -d 'Name the manager of a group (who becomes a member)'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -f -a "add" -d 'Add members to a group'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -f -a "remove" -d 'Remove members from a group'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -f -a "notify" -d 'Tell the habiliter manager that the declarer group is filled (e-mail)'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -f -a "list" -d 'List groups'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -f -a "show" -d 'Show one group and its members'
complete -c afas -n "__fish_afas_using_subcommand group; and not __fish_seen_subcommand_from create manager add remove notify list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from create" -l manager -r
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from create" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from create" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from manager" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from manager" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from manager" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from manager" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from manager" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from manager" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from manager" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from add" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from add" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from remove" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from remove" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from remove" -l revoke-profiles -d 'Also revoke the Afas profiles the members hold (declarer)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from notify" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from notify" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from notify" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from notify" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from notify" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from notify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from notify" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from list" -l partner -r
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from show" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from show" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group of an open partner, with its manager'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "manager" -d 'Name the manager of a group (who becomes a member)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add members to a group'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove members from a group'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "notify" -d 'Tell the habiliter manager that the declarer group is filled (e-mail)'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List groups'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one group and its members'
complete -c afas -n "__fish_afas_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -f -a "create" -d 'Create a service of an open partner'
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -f -a "add-site" -d 'Add a site (lieu d\'implantation) to a service'
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -f -a "list" -d 'List services'
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -f -a "show" -d 'Show one service and its sites'
complete -c afas -n "__fish_afas_using_subcommand service; and not __fish_seen_subcommand_from create add-site list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -l partner -r
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -l kind -r -f -a "alsh\t'Accueil de loisirs sans hébergement'
ram\t'Relais assistants maternels'"
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -l name -r
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from add-site" -l name -r
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from add-site" -l address -r
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from add-site" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from add-site" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from add-site" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from add-site" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from add-site" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from add-site" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from add-site" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from list" -l partner -r
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from show" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from show" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a service of an open partner'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "add-site" -d 'Add a site (lieu d\'implantation) to a service'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "list" -d 'List services'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one service and its sites'
complete -c afas -n "__fish_afas_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "grant" -d 'Give an Afas profile to a member of declarer, on one service (or one site, fda only)'
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "revoke" -d 'Take an Afas profile back'
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "list" -d 'List profiles held'
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "check" -d 'Readiness: minimums not met, suspended holders, missing administrators, groups, managers'
complete -c afas -n "__fish_afas_using_subcommand profile; and not __fish_seen_subcommand_from grant revoke list check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -l service -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -l site -d 'A site of the service (fda only)' -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -l replace -d 'Swap the service\'s approver for this one in one step'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from revoke" -l service -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from revoke" -l site -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from revoke" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from revoke" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -l partner -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -l service -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -l account -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from check" -l partner -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from check" -l service -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from check" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from check" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from check" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give an Afas profile to a member of declarer, on one service (or one site, fda only)'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take an Afas profile back'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles held'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "check" -d 'Readiness: minimums not met, suspended holders, missing administrators, groups, managers'
complete -c afas -n "__fish_afas_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -f -a "open" -d 'Open a call: one declaration per service of the kind, e-mails to the profile holders'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -f -a "list" -d 'List calls'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -f -a "show" -d 'The campaign dashboard: declarations by state, late ones, controls fired'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -f -a "remind" -d 'E-mail the profile holders of the services not yet transmitted'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -f -a "close" -d 'Close a call: no more entry'
complete -c afas -n "__fish_afas_using_subcommand call; and not __fish_seen_subcommand_from open list show remind close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -l kind -r -f -a "alsh\t'Accueil de loisirs sans hébergement'
ram\t'Relais assistants maternels'"
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -l type -r -f -a "previsionnel\t''
actualise\t''
reel\t''"
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -l year -r
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -l deadline -d 'YYYY-MM-DD' -r
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -l forms -d 'The forms asked for (default: both)' -r -f -a "activity\t'Activity data (one form per site, or one for the service)'
financial\t'Financial data'"
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -l partner -d 'Only these partners (default: every open partner)' -r
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from show" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from show" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from remind" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from remind" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from remind" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from remind" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from remind" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from remind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from remind" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from close" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from close" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from close" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from close" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a call: one declaration per service of the kind, e-mails to the profile holders'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "list" -d 'List calls'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "show" -d 'The campaign dashboard: declarations by state, late ones, controls fired'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "remind" -d 'E-mail the profile holders of the services not yet transmitted'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a call: no more entry'
complete -c afas -n "__fish_afas_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "list" -d 'List declarations'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "show" -d 'Show a declaration: forms, values, totals, steps, controls'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "history" -d 'Every step of a declaration, who and when, from the audit trail: opened, each form entered or returned, approval, reviews, justifications, transmitted, sent back'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "enter" -d 'Enter values in a form'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "approve" -d 'The approver takes the declaration over ("Contrôler et transmettre")'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "review" -d 'Steps 1 and 2: the approver reviewed the activity or financial data'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "return" -d 'The approver returns one form to its providers (no e-mail)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "justify" -d 'Step 3: justify a coherence control that fires'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "transmit" -d 'Step 4: see the synthesis and transmit to the Caf'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "send-back" -d 'The Caf sends a transmitted declaration back for correction (e-mail to the approver)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and not __fish_seen_subcommand_from list show history enter approve review return justify transmit send-back help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -l call -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -l state -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -l partner -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from show" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from show" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from history" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from history" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from history" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -l site -d 'The site of an activity form' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -l set -d 'FIELD=VALUE (decimal comma accepted: 12,5)' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -l done -d 'The form is finished (complet)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from enter" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from approve" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from approve" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from approve" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from review" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from review" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from review" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from review" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from review" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from return" -l site -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from return" -l reason -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from return" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from return" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from return" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from return" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from return" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from return" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from return" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from justify" -l text -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from justify" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from justify" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from justify" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from justify" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from justify" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from justify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from justify" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from transmit" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from transmit" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from transmit" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from transmit" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from transmit" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from transmit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from transmit" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from send-back" -l reason -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from send-back" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from send-back" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from send-back" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from send-back" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from send-back" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from send-back" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from send-back" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "list" -d 'List declarations'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a declaration: forms, values, totals, steps, controls'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every step of a declaration, who and when, from the audit trail: opened, each form entered or returned, approval, reviews, justifications, transmitted, sent back'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "enter" -d 'Enter values in a form'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "approve" -d 'The approver takes the declaration over ("Contrôler et transmettre")'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "review" -d 'Steps 1 and 2: the approver reviewed the activity or financial data'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "return" -d 'The approver returns one form to its providers (no e-mail)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "justify" -d 'Step 3: justify a coherence control that fires'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "transmit" -d 'Step 4: see the synthesis and transmit to the Caf'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "send-back" -d 'The Caf sends a transmitted declaration back for correction (e-mail to the approver)'
complete -c afas -n "__fish_afas_using_subcommand declaration; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -f -a "create" -d 'Plan a session (Caf agent): a date today or later, a place, 5 places unless told'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -f -a "list" -d 'List the sessions with their places taken and free'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -f -a "show" -d 'A session and who comes (a partner\'s people see their own partner\'s registrations)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -f -a "register" -d 'Register a person (yourself, or as an administrator one of your partner\'s people); a confirmation e-mail is queued'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -f -a "unregister" -d 'Give a person\'s place back (the same people may), before the session\'s date'
complete -c afas -n "__fish_afas_using_subcommand workshop; and not __fish_seen_subcommand_from create list show register unregister help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -l date -d 'YYYY-MM-DD or DD/MM/YYYY' -r
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -l place -d 'Where it takes place, e.g. "Caf, salle de formation (6e étage)"' -r
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -l capacity -d 'How many people may come: 1 to 50 (default 5)' -r
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from show" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from show" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from register" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from register" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from register" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from unregister" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from unregister" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from unregister" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from unregister" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from unregister" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from unregister" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from unregister" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from help" -f -a "create" -d 'Plan a session (Caf agent): a date today or later, a place, 5 places unless told'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the sessions with their places taken and free'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from help" -f -a "show" -d 'A session and who comes (a partner\'s people see their own partner\'s registrations)'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a person (yourself, or as an administrator one of your partner\'s people); a confirmation e-mail is queued'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from help" -f -a "unregister" -d 'Give a person\'s place back (the same people may), before the session\'s date'
complete -c afas -n "__fish_afas_using_subcommand workshop; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand todo" -l since -d 'Caf agents: list the declarations transmitted on or after this date (YYYY-MM-DD; default: the last 7 days)' -r
complete -c afas -n "__fish_afas_using_subcommand todo" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand todo" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand todo" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand todo" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand todo" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand todo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand todo" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -f -a "list" -d 'List the settings with their values and defaults'
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -f -a "set" -d 'Change a setting (Caf agent), e.g. controls.variation_n1 25'
complete -c afas -n "__fish_afas_using_subcommand config; and not __fish_seen_subcommand_from list set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from set" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the settings with their values and defaults'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting (Caf agent), e.g. controls.variation_n1 25'
complete -c afas -n "__fish_afas_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -f -a "list" -d 'List e-mails'
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -f -a "send" -d 'Deliver the pending e-mails over SMTP; a failed one stays pending for the next send, one refused for good three times is given up (failed)'
complete -c afas -n "__fish_afas_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from list" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from list" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from list" -l pending -d 'Only those not delivered yet'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from send" -l smtp -d 'smtp://host[:port] (plain, port 25), smtp://host:587?tls=required (STARTTLS) or smtps://host[:465] (TLS); a user (smtps://user@host) logs in with AFAS_SMTP_PASSWORD; certificates checked against the system\'s roots or AFAS_SMTP_CA' -r
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from send" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from send" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from send" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'List e-mails'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "send" -d 'Deliver the pending e-mails over SMTP; a failed one stays pending for the next send, one refused for good three times is given up (failed)'
complete -c afas -n "__fish_afas_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand import" -l kind -d 'The kind of a single file or one-sheet workbook whose name does not say it' -r -f -a "partners\t''
accounts\t''
groups\t''
services\t''
sites\t''
profiles\t''"
complete -c afas -n "__fish_afas_using_subcommand import" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand import" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand import" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand import" -l dry-run -d 'Check every row, write nothing'
complete -c afas -n "__fish_afas_using_subcommand import" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand import" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand import" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand export" -l partner -d 'Only this partner\'s rows' -r
complete -c afas -n "__fish_afas_using_subcommand export" -l workbook -d 'Write the six kinds as the sheets of this .xlsx workbook instead' -r -F
complete -c afas -n "__fish_afas_using_subcommand export" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand export" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand export" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand export" -l excel -d 'CSV as French Excel opens it with a double click: `;`, UTF-8 with BOM, CRLF'
complete -c afas -n "__fish_afas_using_subcommand export" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand export" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand export" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l actor -d 'Only changes made by this login' -r
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l partner -d 'Only changes concerning this partner' -r
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l since -d 'Only changes on or after this date (YYYY-MM-DD)' -r
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l limit -d 'At most this many rows, the most recent' -r
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -f -a "verify" -d 'Prove that nobody rewrote the audit trail: recompute its hash chain and name the first row changed, inserted or removed (exit 5), or print its size and head'
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -f -a "head" -d 'Print the head of the audit trail\'s hash chain, to keep elsewhere and give later to `audit verify --head`'
complete -c afas -n "__fish_afas_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from verify" -l head -d 'A head printed earlier by `audit head` and kept elsewhere: also prove that no row was cut from the end since' -r
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from head" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from head" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from head" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from head" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from head" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from head" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Prove that nobody rewrote the audit trail: recompute its hash chain and name the first row changed, inserted or removed (exit 5), or print its size and head'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print the head of the audit trail\'s hash chain, to keep elsewhere and give later to `audit verify --head`'
complete -c afas -n "__fish_afas_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand completions" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand completions" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand completions" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand completions" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand completions" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand migrate" -l role-prefix -d 'PostgreSQL, when the upgrade makes the store\'s roles: start their names with PREFIX, so that several stores can share one server' -r
complete -c afas -n "__fish_afas_using_subcommand migrate" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand migrate" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand migrate" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand migrate" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand migrate" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand migrate" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand whoami" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand whoami" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand whoami" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand whoami" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand whoami" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand password" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand password" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand password" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand password" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand password" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand password" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand demo" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand demo" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand demo" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand demo" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand demo" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand demo" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand generate-assets" -l db -d 'The store (created with mode 0600 by `init`)' -r -F
complete -c afas -n "__fish_afas_using_subcommand generate-assets" -l as -d 'The acting account: required by every command but init, completions and demo' -r
complete -c afas -n "__fish_afas_using_subcommand generate-assets" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned tables, for people'
json\t'JSON with stable snake_case field names, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c afas -n "__fish_afas_using_subcommand generate-assets" -s y -l yes -d 'Do not ask for confirmation of destructive or final actions'
complete -c afas -n "__fish_afas_using_subcommand generate-assets" -s q -l quiet -d 'Print nothing but what was asked for (no confirmation lines)'
complete -c afas -n "__fish_afas_using_subcommand generate-assets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c afas -n "__fish_afas_using_subcommand generate-assets" -s V -l version -d 'Print version'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "init" -d 'Create the store and its first Caf agent'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "partner" -d 'Partners and their three signed documents'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "account" -d 'Accounts: Caf agents and partner people'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "group" -d 'The Afas groups declarer and habiliter, their managers and members'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "service" -d 'Services (ALSH, RAM) and their sites'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "profile" -d 'Afas profiles (FDA, FDF, approver) and the readiness check'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "call" -d 'Calls for declaration (campaigns)'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "declaration" -d 'Declarations: entry by the providers, the approver\'s four steps, the Caf\'s send-back'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "workshop" -d 'The Caf\'s training sessions: plan them, register people, see who comes'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "todo" -d 'What waits for you, most urgent first (the nearest deadline, then the oldest), each with the command that does it: forms to fill or returned (FDA, FDF); declarations to approve, being approved or sent back (approver); services not ready and groups without a manager (administrators, managers); declarations transmitted, calls near their deadline and e-mails failing (Caf agents). Nothing waiting: an empty list, exit 0'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "config" -d 'The store\'s settings: control thresholds, the e-mail sender'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "outbox" -d 'E-mails waiting to be delivered, and their delivery over SMTP'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "import" -d 'Import partners, accounts, groups, services, sites, profiles from CSV or a workbook (all or nothing)'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "export" -d 'Export in the import formats: one kind as CSV to stdout, or all six as a workbook'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "audit" -d 'The audit trail: every change, who, when'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "completions" -d 'Print a shell completion script'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "migrate" -d 'Upgrade a shared store\'s schema (PostgreSQL, run by the database\'s owner); a SQLite store upgrades itself when opened'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "whoami" -d 'Print the acting account: on PostgreSQL the one the server authenticated'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "password" -d 'Change your own password on a shared store (PostgreSQL), making it permanent: asked twice on a terminal, else one line on stdin'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "demo" -d 'The seed\'s story end to end, in a fresh store'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "generate-assets" -d 'Write the completion scripts and man pages into DIR (for packagers and the tests)'
complete -c afas -n "__fish_afas_using_subcommand help; and not __fish_seen_subcommand_from init partner account group service profile call declaration workshop todo config outbox import export audit completions migrate whoami password demo generate-assets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "create" -d 'Register a partner (Caf agent)'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "document" -d 'Record the receipt of a signed document (Caf agent); the third opens the partner'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "list" -d 'List partners'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "show" -d 'Show one partner'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "create" -d 'Create an account of a partner, or a Caf agent with --caf'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "update" -d 'Change a person\'s name or e-mail'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "suspend" -d 'Suspend an account: it can do nothing until reactivated'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "reactivate" -d 'Reactivate a suspended account'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "password" -d 'Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the person themself, an administrator of its partner or a Caf agent may'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "admin" -d 'Make an account administrator of its partner, or revoke it'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show one account'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a group of an open partner, with its manager'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "manager" -d 'Name the manager of a group (who becomes a member)'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "add" -d 'Add members to a group'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "remove" -d 'Remove members from a group'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "notify" -d 'Tell the habiliter manager that the declarer group is filled (e-mail)'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List groups'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'Show one group and its members'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "create" -d 'Create a service of an open partner'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "add-site" -d 'Add a site (lieu d\'implantation) to a service'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "list" -d 'List services'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "show" -d 'Show one service and its sites'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "grant" -d 'Give an Afas profile to a member of declarer, on one service (or one site, fda only)'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "revoke" -d 'Take an Afas profile back'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles held'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "check" -d 'Readiness: minimums not met, suspended holders, missing administrators, groups, managers'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from call" -f -a "open" -d 'Open a call: one declaration per service of the kind, e-mails to the profile holders'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from call" -f -a "list" -d 'List calls'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from call" -f -a "show" -d 'The campaign dashboard: declarations by state, late ones, controls fired'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from call" -f -a "remind" -d 'E-mail the profile holders of the services not yet transmitted'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from call" -f -a "close" -d 'Close a call: no more entry'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "list" -d 'List declarations'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "show" -d 'Show a declaration: forms, values, totals, steps, controls'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "history" -d 'Every step of a declaration, who and when, from the audit trail: opened, each form entered or returned, approval, reviews, justifications, transmitted, sent back'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "enter" -d 'Enter values in a form'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "approve" -d 'The approver takes the declaration over ("Contrôler et transmettre")'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "review" -d 'Steps 1 and 2: the approver reviewed the activity or financial data'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "return" -d 'The approver returns one form to its providers (no e-mail)'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "justify" -d 'Step 3: justify a coherence control that fires'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "transmit" -d 'Step 4: see the synthesis and transmit to the Caf'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from declaration" -f -a "send-back" -d 'The Caf sends a transmitted declaration back for correction (e-mail to the approver)'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from workshop" -f -a "create" -d 'Plan a session (Caf agent): a date today or later, a place, 5 places unless told'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from workshop" -f -a "list" -d 'List the sessions with their places taken and free'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from workshop" -f -a "show" -d 'A session and who comes (a partner\'s people see their own partner\'s registrations)'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from workshop" -f -a "register" -d 'Register a person (yourself, or as an administrator one of your partner\'s people); a confirmation e-mail is queued'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from workshop" -f -a "unregister" -d 'Give a person\'s place back (the same people may), before the session\'s date'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the settings with their values and defaults'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting (Caf agent), e.g. controls.variation_n1 25'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "list" -d 'List e-mails'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "send" -d 'Deliver the pending e-mails over SMTP; a failed one stays pending for the next send, one refused for good three times is given up (failed)'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Prove that nobody rewrote the audit trail: recompute its hash chain and name the first row changed, inserted or removed (exit 5), or print its size and head'
complete -c afas -n "__fish_afas_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "head" -d 'Print the head of the audit trail\'s hash chain, to keep elsewhere and give later to `audit verify --head`'
