
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'afas' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'afas'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'afas' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store and its first Caf agent')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'Partners and their three signed documents')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Accounts: Caf agents and partner people')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'The Afas groups declarer and habiliter, their managers and members')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services (ALSH, RAM) and their sites')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Afas profiles (FDA, FDF, approver) and the readiness check')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Calls for declaration (campaigns)')
            [CompletionResult]::new('declaration', 'declaration', [CompletionResultType]::ParameterValue, 'Declarations: entry by the providers, the approver''s four steps, the Caf''s send-back')
            [CompletionResult]::new('workshop', 'workshop', [CompletionResultType]::ParameterValue, 'The Caf''s training sessions: plan them, register people, see who comes')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'What waits for you, most urgent first (the nearest deadline, then the oldest), each with the command that does it: forms to fill or returned (FDA, FDF); declarations to approve, being approved or sent back (approver); services not ready and groups without a manager (administrators, managers); declarations transmitted, calls near their deadline and e-mails failing (Caf agents). Nothing waiting: an empty list, exit 0')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The store''s settings: control thresholds, the e-mail sender')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'E-mails waiting to be delivered, and their delivery over SMTP')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import partners, accounts, groups, services, sites, profiles from CSV or a workbook (all or nothing)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export in the import formats: one kind as CSV to stdout, or all six as a workbook')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail: every change, who, when')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Upgrade a shared store''s schema (PostgreSQL, run by the database''s owner); a SQLite store upgrades itself when opened')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Print the acting account: on PostgreSQL the one the server authenticated')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change your own password on a shared store (PostgreSQL), making it permanent: asked twice on a terminal, else one line on stdin')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The seed''s story end to end, in a fresh store')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Write the completion scripts and man pages into DIR (for packagers and the tests)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;init' {
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Login of the first Caf agent')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--caf-code', '--caf-code', [CompletionResultType]::ParameterName, 'Make the first agent an agent of this Caf only (3 digits, e.g. 161): it sees and administers that Caf''s partners only. Without it the agent is national')
            [CompletionResult]::new('--role-prefix', '--role-prefix', [CompletionResultType]::ParameterName, 'PostgreSQL: start the store''s role names with PREFIX (letters, digits, _), so that several stores can share one server')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;partner' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a partner (Caf agent)')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'Record the receipt of a signed document (Caf agent); the third opens the partner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List partners')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one partner')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;partner;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--siret', '--siret', [CompletionResultType]::ParameterName, '14 digits, Luhn-valid')
            [CompletionResult]::new('--caf-code', '--caf-code', [CompletionResultType]::ParameterName, 'The partner''s Caf, 3 digits (e.g. 161)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;partner;document' {
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'Receipt date, YYYY-MM-DD (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;partner;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;partner;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;partner;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a partner (Caf agent)')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'Record the receipt of a signed document (Caf agent); the third opens the partner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List partners')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one partner')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;partner;help;create' {
            break
        }
        'afas;partner;help;document' {
            break
        }
        'afas;partner;help;list' {
            break
        }
        'afas;partner;help;show' {
            break
        }
        'afas;partner;help;help' {
            break
        }
        'afas;account' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account of a partner, or a Caf agent with --caf')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a person''s name or e-mail')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an account: it can do nothing until reactivated')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended account')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the person themself, an administrator of its partner or a Caf agent may')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Make an account administrator of its partner, or revoke it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;account;create' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The partner the person belongs to (chosen from a list on a terminal)')
            [CompletionResult]::new('--caf-code', '--caf-code', [CompletionResultType]::ParameterName, 'The Caf agent''s Caf, 3 digits (e.g. 161): it then acts on that Caf''s partners only. Default: the creator''s own Caf (none for a national agent, who makes national agents)')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'Asked for on a terminal when not given')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Asked for on a terminal when not given')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Asked for on a terminal when not given')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--caf', '--caf', [CompletionResultType]::ParameterName, 'A Caf agent (belongs to no partner)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Make the person an administrator of the partner (at most 2)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;account;update' {
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;account;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;account;reactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;account;password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;account;admin' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'revoke')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;account;list' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'partner')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group (with --partner, or the actor''s partner)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;account;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;account;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account of a partner, or a Caf agent with --caf')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a person''s name or e-mail')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an account: it can do nothing until reactivated')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended account')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the person themself, an administrator of its partner or a Caf agent may')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Make an account administrator of its partner, or revoke it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;account;help;create' {
            break
        }
        'afas;account;help;update' {
            break
        }
        'afas;account;help;suspend' {
            break
        }
        'afas;account;help;reactivate' {
            break
        }
        'afas;account;help;password' {
            break
        }
        'afas;account;help;admin' {
            break
        }
        'afas;account;help;list' {
            break
        }
        'afas;account;help;show' {
            break
        }
        'afas;account;help;help' {
            break
        }
        'afas;group' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group of an open partner, with its manager')
            [CompletionResult]::new('manager', 'manager', [CompletionResultType]::ParameterValue, 'Name the manager of a group (who becomes a member)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add members to a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members from a group')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Tell the habiliter manager that the declarer group is filled (e-mail)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group and its members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;group;create' {
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'manager')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;group;manager' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;group;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;group;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--revoke-profiles', '--revoke-profiles', [CompletionResultType]::ParameterName, 'Also revoke the Afas profiles the members hold (declarer)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;group;notify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;group;list' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'partner')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;group;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;group;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group of an open partner, with its manager')
            [CompletionResult]::new('manager', 'manager', [CompletionResultType]::ParameterValue, 'Name the manager of a group (who becomes a member)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add members to a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members from a group')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Tell the habiliter manager that the declarer group is filled (e-mail)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group and its members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;group;help;create' {
            break
        }
        'afas;group;help;manager' {
            break
        }
        'afas;group;help;add' {
            break
        }
        'afas;group;help;remove' {
            break
        }
        'afas;group;help;notify' {
            break
        }
        'afas;group;help;list' {
            break
        }
        'afas;group;help;show' {
            break
        }
        'afas;group;help;help' {
            break
        }
        'afas;service' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service of an open partner')
            [CompletionResult]::new('add-site', 'add-site', [CompletionResultType]::ParameterValue, 'Add a site (lieu d''implantation) to a service')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List services')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one service and its sites')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;service;create' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'partner')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'kind')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;service;add-site' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;service;list' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'partner')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;service;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;service;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service of an open partner')
            [CompletionResult]::new('add-site', 'add-site', [CompletionResultType]::ParameterValue, 'Add a site (lieu d''implantation) to a service')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List services')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one service and its sites')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;service;help;create' {
            break
        }
        'afas;service;help;add-site' {
            break
        }
        'afas;service;help;list' {
            break
        }
        'afas;service;help;show' {
            break
        }
        'afas;service;help;help' {
            break
        }
        'afas;profile' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give an Afas profile to a member of declarer, on one service (or one site, fda only)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take an Afas profile back')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles held')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Readiness: minimums not met, suspended holders, missing administrators, groups, managers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;profile;grant' {
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'service')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'A site of the service (fda only)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Swap the service''s approver for this one in one step')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;profile;revoke' {
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'service')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'site')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;profile;list' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'partner')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'service')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'account')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;profile;check' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'partner')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'service')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;profile;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give an Afas profile to a member of declarer, on one service (or one site, fda only)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take an Afas profile back')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles held')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Readiness: minimums not met, suspended holders, missing administrators, groups, managers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;profile;help;grant' {
            break
        }
        'afas;profile;help;revoke' {
            break
        }
        'afas;profile;help;list' {
            break
        }
        'afas;profile;help;check' {
            break
        }
        'afas;profile;help;help' {
            break
        }
        'afas;call' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a call: one declaration per service of the kind, e-mails to the profile holders')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List calls')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The campaign dashboard: declarations by state, late ones, controls fired')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'E-mail the profile holders of the services not yet transmitted')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a call: no more entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;call;open' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'kind')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'year')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--forms', '--forms', [CompletionResultType]::ParameterName, 'The forms asked for (default: both)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Only these partners (default: every open partner)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;call;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;call;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;call;remind' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;call;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;call;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a call: one declaration per service of the kind, e-mails to the profile holders')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List calls')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The campaign dashboard: declarations by state, late ones, controls fired')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'E-mail the profile holders of the services not yet transmitted')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a call: no more entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;call;help;open' {
            break
        }
        'afas;call;help;list' {
            break
        }
        'afas;call;help;show' {
            break
        }
        'afas;call;help;remind' {
            break
        }
        'afas;call;help;close' {
            break
        }
        'afas;call;help;help' {
            break
        }
        'afas;declaration' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List declarations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a declaration: forms, values, totals, steps, controls')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every step of a declaration, who and when, from the audit trail: opened, each form entered or returned, approval, reviews, justifications, transmitted, sent back')
            [CompletionResult]::new('enter', 'enter', [CompletionResultType]::ParameterValue, 'Enter values in a form')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'The approver takes the declaration over ("Contrôler et transmettre")')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Steps 1 and 2: the approver reviewed the activity or financial data')
            [CompletionResult]::new('return', 'return', [CompletionResultType]::ParameterValue, 'The approver returns one form to its providers (no e-mail)')
            [CompletionResult]::new('justify', 'justify', [CompletionResultType]::ParameterValue, 'Step 3: justify a coherence control that fires')
            [CompletionResult]::new('transmit', 'transmit', [CompletionResultType]::ParameterValue, 'Step 4: see the synthesis and transmit to the Caf')
            [CompletionResult]::new('send-back', 'send-back', [CompletionResultType]::ParameterValue, 'The Caf sends a transmitted declaration back for correction (e-mail to the approver)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;declaration;list' {
            [CompletionResult]::new('--call', '--call', [CompletionResultType]::ParameterName, 'call')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'state')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'partner')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;enter' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site of an activity form')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'FIELD=VALUE (decimal comma accepted: 12,5)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'The form is finished (complet)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;approve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;review' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;return' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'site')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;justify' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'text')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;transmit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;send-back' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;declaration;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List declarations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a declaration: forms, values, totals, steps, controls')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every step of a declaration, who and when, from the audit trail: opened, each form entered or returned, approval, reviews, justifications, transmitted, sent back')
            [CompletionResult]::new('enter', 'enter', [CompletionResultType]::ParameterValue, 'Enter values in a form')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'The approver takes the declaration over ("Contrôler et transmettre")')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Steps 1 and 2: the approver reviewed the activity or financial data')
            [CompletionResult]::new('return', 'return', [CompletionResultType]::ParameterValue, 'The approver returns one form to its providers (no e-mail)')
            [CompletionResult]::new('justify', 'justify', [CompletionResultType]::ParameterValue, 'Step 3: justify a coherence control that fires')
            [CompletionResult]::new('transmit', 'transmit', [CompletionResultType]::ParameterValue, 'Step 4: see the synthesis and transmit to the Caf')
            [CompletionResult]::new('send-back', 'send-back', [CompletionResultType]::ParameterValue, 'The Caf sends a transmitted declaration back for correction (e-mail to the approver)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;declaration;help;list' {
            break
        }
        'afas;declaration;help;show' {
            break
        }
        'afas;declaration;help;history' {
            break
        }
        'afas;declaration;help;enter' {
            break
        }
        'afas;declaration;help;approve' {
            break
        }
        'afas;declaration;help;review' {
            break
        }
        'afas;declaration;help;return' {
            break
        }
        'afas;declaration;help;justify' {
            break
        }
        'afas;declaration;help;transmit' {
            break
        }
        'afas;declaration;help;send-back' {
            break
        }
        'afas;declaration;help;help' {
            break
        }
        'afas;workshop' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Plan a session (Caf agent): a date today or later, a place, 5 places unless told')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sessions with their places taken and free')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A session and who comes (a partner''s people see their own partner''s registrations)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a person (yourself, or as an administrator one of your partner''s people); a confirmation e-mail is queued')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Give a person''s place back (the same people may), before the session''s date')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;workshop;create' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD or DD/MM/YYYY')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'Where it takes place, e.g. "Caf, salle de formation (6e étage)"')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'How many people may come: 1 to 50 (default 5)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;workshop;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;workshop;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;workshop;register' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;workshop;unregister' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;workshop;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Plan a session (Caf agent): a date today or later, a place, 5 places unless told')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sessions with their places taken and free')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A session and who comes (a partner''s people see their own partner''s registrations)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a person (yourself, or as an administrator one of your partner''s people); a confirmation e-mail is queued')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Give a person''s place back (the same people may), before the session''s date')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;workshop;help;create' {
            break
        }
        'afas;workshop;help;list' {
            break
        }
        'afas;workshop;help;show' {
            break
        }
        'afas;workshop;help;register' {
            break
        }
        'afas;workshop;help;unregister' {
            break
        }
        'afas;workshop;help;help' {
            break
        }
        'afas;todo' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Caf agents: list the declarations transmitted on or after this date (YYYY-MM-DD; default: the last 7 days)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the settings with their values and defaults')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (Caf agent), e.g. controls.variation_n1 25')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;config;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;config;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the settings with their values and defaults')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (Caf agent), e.g. controls.variation_n1 25')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;config;help;list' {
            break
        }
        'afas;config;help;set' {
            break
        }
        'afas;config;help;help' {
            break
        }
        'afas;outbox' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List e-mails')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver the pending e-mails over SMTP; a failed one stays pending for the next send, one refused for good three times is given up (failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;outbox;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Only those not delivered yet')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;outbox;send' {
            [CompletionResult]::new('--smtp', '--smtp', [CompletionResultType]::ParameterName, 'smtp://host[:port] (plain, port 25), smtp://host:587?tls=required (STARTTLS) or smtps://host[:465] (TLS); a user (smtps://user@host) logs in with AFAS_SMTP_PASSWORD; certificates checked against the system''s roots or AFAS_SMTP_CA')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;outbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List e-mails')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver the pending e-mails over SMTP; a failed one stays pending for the next send, one refused for good three times is given up (failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;outbox;help;list' {
            break
        }
        'afas;outbox;help;send' {
            break
        }
        'afas;outbox;help;help' {
            break
        }
        'afas;import' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of a single file or one-sheet workbook whose name does not say it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row, write nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;export' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Only this partner''s rows')
            [CompletionResult]::new('--workbook', '--workbook', [CompletionResultType]::ParameterName, 'Write the six kinds as the sheets of this .xlsx workbook instead')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV as French Excel opens it with a double click: `;`, UTF-8 with BOM, CRLF')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;audit' {
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only changes made by this login')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Only changes concerning this partner')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only changes on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows, the most recent')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Prove that nobody rewrote the audit trail: recompute its hash chain and name the first row changed, inserted or removed (exit 5), or print its size and head')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the head of the audit trail''s hash chain, to keep elsewhere and give later to `audit verify --head`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;audit;verify' {
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'A head printed earlier by `audit head` and kept elsewhere: also prove that no row was cut from the end since')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;audit;head' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;audit;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Prove that nobody rewrote the audit trail: recompute its hash chain and name the first row changed, inserted or removed (exit 5), or print its size and head')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the head of the audit trail''s hash chain, to keep elsewhere and give later to `audit verify --head`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;audit;help;verify' {
            break
        }
        'afas;audit;help;head' {
            break
        }
        'afas;audit;help;help' {
            break
        }
        'afas;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;migrate' {
            [CompletionResult]::new('--role-prefix', '--role-prefix', [CompletionResultType]::ParameterName, 'PostgreSQL, when the upgrade makes the store''s roles: start their names with PREFIX, so that several stores can share one server')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;whoami' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;generate-assets' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store (created with mode 0600 by `init`)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The acting account: required by every command but init, completions and demo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation of destructive or final actions')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but what was asked for (no confirmation lines)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'afas;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store and its first Caf agent')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'Partners and their three signed documents')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Accounts: Caf agents and partner people')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'The Afas groups declarer and habiliter, their managers and members')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services (ALSH, RAM) and their sites')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Afas profiles (FDA, FDF, approver) and the readiness check')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Calls for declaration (campaigns)')
            [CompletionResult]::new('declaration', 'declaration', [CompletionResultType]::ParameterValue, 'Declarations: entry by the providers, the approver''s four steps, the Caf''s send-back')
            [CompletionResult]::new('workshop', 'workshop', [CompletionResultType]::ParameterValue, 'The Caf''s training sessions: plan them, register people, see who comes')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'What waits for you, most urgent first (the nearest deadline, then the oldest), each with the command that does it: forms to fill or returned (FDA, FDF); declarations to approve, being approved or sent back (approver); services not ready and groups without a manager (administrators, managers); declarations transmitted, calls near their deadline and e-mails failing (Caf agents). Nothing waiting: an empty list, exit 0')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The store''s settings: control thresholds, the e-mail sender')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'E-mails waiting to be delivered, and their delivery over SMTP')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import partners, accounts, groups, services, sites, profiles from CSV or a workbook (all or nothing)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export in the import formats: one kind as CSV to stdout, or all six as a workbook')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail: every change, who, when')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Upgrade a shared store''s schema (PostgreSQL, run by the database''s owner); a SQLite store upgrades itself when opened')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Print the acting account: on PostgreSQL the one the server authenticated')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change your own password on a shared store (PostgreSQL), making it permanent: asked twice on a terminal, else one line on stdin')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The seed''s story end to end, in a fresh store')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Write the completion scripts and man pages into DIR (for packagers and the tests)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'afas;help;init' {
            break
        }
        'afas;help;partner' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a partner (Caf agent)')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'Record the receipt of a signed document (Caf agent); the third opens the partner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List partners')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one partner')
            break
        }
        'afas;help;partner;create' {
            break
        }
        'afas;help;partner;document' {
            break
        }
        'afas;help;partner;list' {
            break
        }
        'afas;help;partner;show' {
            break
        }
        'afas;help;account' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account of a partner, or a Caf agent with --caf')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a person''s name or e-mail')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an account: it can do nothing until reactivated')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended account')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the person themself, an administrator of its partner or a Caf agent may')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Make an account administrator of its partner, or revoke it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            break
        }
        'afas;help;account;create' {
            break
        }
        'afas;help;account;update' {
            break
        }
        'afas;help;account;suspend' {
            break
        }
        'afas;help;account;reactivate' {
            break
        }
        'afas;help;account;password' {
            break
        }
        'afas;help;account;admin' {
            break
        }
        'afas;help;account;list' {
            break
        }
        'afas;help;account;show' {
            break
        }
        'afas;help;group' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group of an open partner, with its manager')
            [CompletionResult]::new('manager', 'manager', [CompletionResultType]::ParameterValue, 'Name the manager of a group (who becomes a member)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add members to a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members from a group')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Tell the habiliter manager that the declarer group is filled (e-mail)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group and its members')
            break
        }
        'afas;help;group;create' {
            break
        }
        'afas;help;group;manager' {
            break
        }
        'afas;help;group;add' {
            break
        }
        'afas;help;group;remove' {
            break
        }
        'afas;help;group;notify' {
            break
        }
        'afas;help;group;list' {
            break
        }
        'afas;help;group;show' {
            break
        }
        'afas;help;service' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service of an open partner')
            [CompletionResult]::new('add-site', 'add-site', [CompletionResultType]::ParameterValue, 'Add a site (lieu d''implantation) to a service')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List services')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one service and its sites')
            break
        }
        'afas;help;service;create' {
            break
        }
        'afas;help;service;add-site' {
            break
        }
        'afas;help;service;list' {
            break
        }
        'afas;help;service;show' {
            break
        }
        'afas;help;profile' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give an Afas profile to a member of declarer, on one service (or one site, fda only)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take an Afas profile back')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles held')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Readiness: minimums not met, suspended holders, missing administrators, groups, managers')
            break
        }
        'afas;help;profile;grant' {
            break
        }
        'afas;help;profile;revoke' {
            break
        }
        'afas;help;profile;list' {
            break
        }
        'afas;help;profile;check' {
            break
        }
        'afas;help;call' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a call: one declaration per service of the kind, e-mails to the profile holders')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List calls')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The campaign dashboard: declarations by state, late ones, controls fired')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'E-mail the profile holders of the services not yet transmitted')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a call: no more entry')
            break
        }
        'afas;help;call;open' {
            break
        }
        'afas;help;call;list' {
            break
        }
        'afas;help;call;show' {
            break
        }
        'afas;help;call;remind' {
            break
        }
        'afas;help;call;close' {
            break
        }
        'afas;help;declaration' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List declarations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a declaration: forms, values, totals, steps, controls')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every step of a declaration, who and when, from the audit trail: opened, each form entered or returned, approval, reviews, justifications, transmitted, sent back')
            [CompletionResult]::new('enter', 'enter', [CompletionResultType]::ParameterValue, 'Enter values in a form')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'The approver takes the declaration over ("Contrôler et transmettre")')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Steps 1 and 2: the approver reviewed the activity or financial data')
            [CompletionResult]::new('return', 'return', [CompletionResultType]::ParameterValue, 'The approver returns one form to its providers (no e-mail)')
            [CompletionResult]::new('justify', 'justify', [CompletionResultType]::ParameterValue, 'Step 3: justify a coherence control that fires')
            [CompletionResult]::new('transmit', 'transmit', [CompletionResultType]::ParameterValue, 'Step 4: see the synthesis and transmit to the Caf')
            [CompletionResult]::new('send-back', 'send-back', [CompletionResultType]::ParameterValue, 'The Caf sends a transmitted declaration back for correction (e-mail to the approver)')
            break
        }
        'afas;help;declaration;list' {
            break
        }
        'afas;help;declaration;show' {
            break
        }
        'afas;help;declaration;history' {
            break
        }
        'afas;help;declaration;enter' {
            break
        }
        'afas;help;declaration;approve' {
            break
        }
        'afas;help;declaration;review' {
            break
        }
        'afas;help;declaration;return' {
            break
        }
        'afas;help;declaration;justify' {
            break
        }
        'afas;help;declaration;transmit' {
            break
        }
        'afas;help;declaration;send-back' {
            break
        }
        'afas;help;workshop' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Plan a session (Caf agent): a date today or later, a place, 5 places unless told')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sessions with their places taken and free')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A session and who comes (a partner''s people see their own partner''s registrations)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a person (yourself, or as an administrator one of your partner''s people); a confirmation e-mail is queued')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Give a person''s place back (the same people may), before the session''s date')
            break
        }
        'afas;help;workshop;create' {
            break
        }
        'afas;help;workshop;list' {
            break
        }
        'afas;help;workshop;show' {
            break
        }
        'afas;help;workshop;register' {
            break
        }
        'afas;help;workshop;unregister' {
            break
        }
        'afas;help;todo' {
            break
        }
        'afas;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the settings with their values and defaults')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (Caf agent), e.g. controls.variation_n1 25')
            break
        }
        'afas;help;config;list' {
            break
        }
        'afas;help;config;set' {
            break
        }
        'afas;help;outbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List e-mails')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver the pending e-mails over SMTP; a failed one stays pending for the next send, one refused for good three times is given up (failed)')
            break
        }
        'afas;help;outbox;list' {
            break
        }
        'afas;help;outbox;send' {
            break
        }
        'afas;help;import' {
            break
        }
        'afas;help;export' {
            break
        }
        'afas;help;audit' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Prove that nobody rewrote the audit trail: recompute its hash chain and name the first row changed, inserted or removed (exit 5), or print its size and head')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the head of the audit trail''s hash chain, to keep elsewhere and give later to `audit verify --head`')
            break
        }
        'afas;help;audit;verify' {
            break
        }
        'afas;help;audit;head' {
            break
        }
        'afas;help;completions' {
            break
        }
        'afas;help;migrate' {
            break
        }
        'afas;help;whoami' {
            break
        }
        'afas;help;password' {
            break
        }
        'afas;help;demo' {
            break
        }
        'afas;help;generate-assets' {
            break
        }
        'afas;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
