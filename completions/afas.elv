
use builtin;
use str;

set edit:completion:arg-completer[afas] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'afas'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'afas'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the store and its first Caf agent'
            cand partner 'Partners and their three signed documents'
            cand account 'Accounts: Caf agents and partner people'
            cand group 'The Afas groups declarer and habiliter, their managers and members'
            cand service 'Services (ALSH, RAM) and their sites'
            cand profile 'Afas profiles (FDA, FDF, approver) and the readiness check'
            cand call 'Calls for declaration (campaigns)'
            cand declaration 'Declarations: entry by the providers, the approver''s four steps, the Caf''s send-back'
            cand workshop 'The Caf''s training sessions: plan them, register people, see who comes'
            cand todo 'What waits for you, most urgent first (the nearest deadline, then the oldest), each with the command that does it: forms to fill or returned (FDA, FDF); declarations to approve, being approved or sent back (approver); services not ready and groups without a manager (administrators, managers); declarations transmitted, calls near their deadline and e-mails failing (Caf agents). Nothing waiting: an empty list, exit 0'
            cand config 'The store''s settings: control thresholds, the e-mail sender'
            cand outbox 'E-mails waiting to be delivered, and their delivery over SMTP'
            cand import 'Import partners, accounts, groups, services, sites, profiles from CSV or a workbook (all or nothing)'
            cand export 'Export in the import formats: one kind as CSV to stdout, or all six as a workbook'
            cand audit 'The audit trail: every change, who, when'
            cand completions 'Print a shell completion script'
            cand migrate 'Upgrade a shared store''s schema (PostgreSQL, run by the database''s owner); a SQLite store upgrades itself when opened'
            cand whoami 'Print the acting account: on PostgreSQL the one the server authenticated'
            cand password 'Change your own password on a shared store (PostgreSQL), making it permanent: asked twice on a terminal, else one line on stdin'
            cand demo 'The seed''s story end to end, in a fresh store'
            cand generate-assets 'Write the completion scripts and man pages into DIR (for packagers and the tests)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;init'= {
            cand --agent 'Login of the first Caf agent'
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --email 'email'
            cand --caf-code 'Make the first agent an agent of this Caf only (3 digits, e.g. 161): it sees and administers that Caf''s partners only. Without it the agent is national'
            cand --role-prefix 'PostgreSQL: start the store''s role names with PREFIX (letters, digits, _), so that several stores can share one server'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;partner'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Register a partner (Caf agent)'
            cand document 'Record the receipt of a signed document (Caf agent); the third opens the partner'
            cand list 'List partners'
            cand show 'Show one partner'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;partner;create'= {
            cand --name 'name'
            cand --siret '14 digits, Luhn-valid'
            cand --caf-code 'The partner''s Caf, 3 digits (e.g. 161)'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;partner;document'= {
            cand --received 'Receipt date, YYYY-MM-DD (default: today)'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;partner;list'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;partner;show'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;partner;help'= {
            cand create 'Register a partner (Caf agent)'
            cand document 'Record the receipt of a signed document (Caf agent); the third opens the partner'
            cand list 'List partners'
            cand show 'Show one partner'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;partner;help;create'= {
        }
        &'afas;partner;help;document'= {
        }
        &'afas;partner;help;list'= {
        }
        &'afas;partner;help;show'= {
        }
        &'afas;partner;help;help'= {
        }
        &'afas;account'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an account of a partner, or a Caf agent with --caf'
            cand update 'Change a person''s name or e-mail'
            cand suspend 'Suspend an account: it can do nothing until reactivated'
            cand reactivate 'Reactivate a suspended account'
            cand password 'Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the person themself, an administrator of its partner or a Caf agent may'
            cand admin 'Make an account administrator of its partner, or revoke it'
            cand list 'List accounts'
            cand show 'Show one account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;account;create'= {
            cand --partner 'The partner the person belongs to (chosen from a list on a terminal)'
            cand --caf-code 'The Caf agent''s Caf, 3 digits (e.g. 161): it then acts on that Caf''s partners only. Default: the creator''s own Caf (none for a national agent, who makes national agents)'
            cand --first-name 'Asked for on a terminal when not given'
            cand --last-name 'Asked for on a terminal when not given'
            cand --email 'Asked for on a terminal when not given'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --caf 'A Caf agent (belongs to no partner)'
            cand --admin 'Make the person an administrator of the partner (at most 2)'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;account;update'= {
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --email 'email'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;account;suspend'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;account;reactivate'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;account;password'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;account;admin'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --revoke 'revoke'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;account;list'= {
            cand --partner 'partner'
            cand --group 'Only members of this group (with --partner, or the actor''s partner)'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;account;show'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;account;help'= {
            cand create 'Create an account of a partner, or a Caf agent with --caf'
            cand update 'Change a person''s name or e-mail'
            cand suspend 'Suspend an account: it can do nothing until reactivated'
            cand reactivate 'Reactivate a suspended account'
            cand password 'Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the person themself, an administrator of its partner or a Caf agent may'
            cand admin 'Make an account administrator of its partner, or revoke it'
            cand list 'List accounts'
            cand show 'Show one account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;account;help;create'= {
        }
        &'afas;account;help;update'= {
        }
        &'afas;account;help;suspend'= {
        }
        &'afas;account;help;reactivate'= {
        }
        &'afas;account;help;password'= {
        }
        &'afas;account;help;admin'= {
        }
        &'afas;account;help;list'= {
        }
        &'afas;account;help;show'= {
        }
        &'afas;account;help;help'= {
        }
        &'afas;group'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a group of an open partner, with its manager'
            cand manager 'Name the manager of a group (who becomes a member)'
            cand add 'Add members to a group'
            cand remove 'Remove members from a group'
            cand notify 'Tell the habiliter manager that the declarer group is filled (e-mail)'
            cand list 'List groups'
            cand show 'Show one group and its members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;group;create'= {
            cand --manager 'manager'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;group;manager'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;group;add'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;group;remove'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --revoke-profiles 'Also revoke the Afas profiles the members hold (declarer)'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;group;notify'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;group;list'= {
            cand --partner 'partner'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;group;show'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;group;help'= {
            cand create 'Create a group of an open partner, with its manager'
            cand manager 'Name the manager of a group (who becomes a member)'
            cand add 'Add members to a group'
            cand remove 'Remove members from a group'
            cand notify 'Tell the habiliter manager that the declarer group is filled (e-mail)'
            cand list 'List groups'
            cand show 'Show one group and its members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;group;help;create'= {
        }
        &'afas;group;help;manager'= {
        }
        &'afas;group;help;add'= {
        }
        &'afas;group;help;remove'= {
        }
        &'afas;group;help;notify'= {
        }
        &'afas;group;help;list'= {
        }
        &'afas;group;help;show'= {
        }
        &'afas;group;help;help'= {
        }
        &'afas;service'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a service of an open partner'
            cand add-site 'Add a site (lieu d''implantation) to a service'
            cand list 'List services'
            cand show 'Show one service and its sites'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;service;create'= {
            cand --partner 'partner'
            cand --kind 'kind'
            cand --name 'name'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;service;add-site'= {
            cand --name 'name'
            cand --address 'address'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;service;list'= {
            cand --partner 'partner'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;service;show'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;service;help'= {
            cand create 'Create a service of an open partner'
            cand add-site 'Add a site (lieu d''implantation) to a service'
            cand list 'List services'
            cand show 'Show one service and its sites'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;service;help;create'= {
        }
        &'afas;service;help;add-site'= {
        }
        &'afas;service;help;list'= {
        }
        &'afas;service;help;show'= {
        }
        &'afas;service;help;help'= {
        }
        &'afas;profile'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand grant 'Give an Afas profile to a member of declarer, on one service (or one site, fda only)'
            cand revoke 'Take an Afas profile back'
            cand list 'List profiles held'
            cand check 'Readiness: minimums not met, suspended holders, missing administrators, groups, managers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;profile;grant'= {
            cand --service 'service'
            cand --site 'A site of the service (fda only)'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --replace 'Swap the service''s approver for this one in one step'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;profile;revoke'= {
            cand --service 'service'
            cand --site 'site'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;profile;list'= {
            cand --partner 'partner'
            cand --service 'service'
            cand --account 'account'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;profile;check'= {
            cand --partner 'partner'
            cand --service 'service'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;profile;help'= {
            cand grant 'Give an Afas profile to a member of declarer, on one service (or one site, fda only)'
            cand revoke 'Take an Afas profile back'
            cand list 'List profiles held'
            cand check 'Readiness: minimums not met, suspended holders, missing administrators, groups, managers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;profile;help;grant'= {
        }
        &'afas;profile;help;revoke'= {
        }
        &'afas;profile;help;list'= {
        }
        &'afas;profile;help;check'= {
        }
        &'afas;profile;help;help'= {
        }
        &'afas;call'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand open 'Open a call: one declaration per service of the kind, e-mails to the profile holders'
            cand list 'List calls'
            cand show 'The campaign dashboard: declarations by state, late ones, controls fired'
            cand remind 'E-mail the profile holders of the services not yet transmitted'
            cand close 'Close a call: no more entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;call;open'= {
            cand --kind 'kind'
            cand --type 'type'
            cand --year 'year'
            cand --deadline 'YYYY-MM-DD'
            cand --forms 'The forms asked for (default: both)'
            cand --partner 'Only these partners (default: every open partner)'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;call;list'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;call;show'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;call;remind'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;call;close'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;call;help'= {
            cand open 'Open a call: one declaration per service of the kind, e-mails to the profile holders'
            cand list 'List calls'
            cand show 'The campaign dashboard: declarations by state, late ones, controls fired'
            cand remind 'E-mail the profile holders of the services not yet transmitted'
            cand close 'Close a call: no more entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;call;help;open'= {
        }
        &'afas;call;help;list'= {
        }
        &'afas;call;help;show'= {
        }
        &'afas;call;help;remind'= {
        }
        &'afas;call;help;close'= {
        }
        &'afas;call;help;help'= {
        }
        &'afas;declaration'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List declarations'
            cand show 'Show a declaration: forms, values, totals, steps, controls'
            cand history 'Every step of a declaration, who and when, from the audit trail: opened, each form entered or returned, approval, reviews, justifications, transmitted, sent back'
            cand enter 'Enter values in a form'
            cand approve 'The approver takes the declaration over ("Contrôler et transmettre")'
            cand review 'Steps 1 and 2: the approver reviewed the activity or financial data'
            cand return 'The approver returns one form to its providers (no e-mail)'
            cand justify 'Step 3: justify a coherence control that fires'
            cand transmit 'Step 4: see the synthesis and transmit to the Caf'
            cand send-back 'The Caf sends a transmitted declaration back for correction (e-mail to the approver)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;declaration;list'= {
            cand --call 'call'
            cand --state 'state'
            cand --partner 'partner'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;show'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;history'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;enter'= {
            cand --site 'The site of an activity form'
            cand --set 'FIELD=VALUE (decimal comma accepted: 12,5)'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --done 'The form is finished (complet)'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;approve'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;review'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;return'= {
            cand --site 'site'
            cand --reason 'reason'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;justify'= {
            cand --text 'text'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;transmit'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;send-back'= {
            cand --reason 'reason'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;declaration;help'= {
            cand list 'List declarations'
            cand show 'Show a declaration: forms, values, totals, steps, controls'
            cand history 'Every step of a declaration, who and when, from the audit trail: opened, each form entered or returned, approval, reviews, justifications, transmitted, sent back'
            cand enter 'Enter values in a form'
            cand approve 'The approver takes the declaration over ("Contrôler et transmettre")'
            cand review 'Steps 1 and 2: the approver reviewed the activity or financial data'
            cand return 'The approver returns one form to its providers (no e-mail)'
            cand justify 'Step 3: justify a coherence control that fires'
            cand transmit 'Step 4: see the synthesis and transmit to the Caf'
            cand send-back 'The Caf sends a transmitted declaration back for correction (e-mail to the approver)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;declaration;help;list'= {
        }
        &'afas;declaration;help;show'= {
        }
        &'afas;declaration;help;history'= {
        }
        &'afas;declaration;help;enter'= {
        }
        &'afas;declaration;help;approve'= {
        }
        &'afas;declaration;help;review'= {
        }
        &'afas;declaration;help;return'= {
        }
        &'afas;declaration;help;justify'= {
        }
        &'afas;declaration;help;transmit'= {
        }
        &'afas;declaration;help;send-back'= {
        }
        &'afas;declaration;help;help'= {
        }
        &'afas;workshop'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Plan a session (Caf agent): a date today or later, a place, 5 places unless told'
            cand list 'List the sessions with their places taken and free'
            cand show 'A session and who comes (a partner''s people see their own partner''s registrations)'
            cand register 'Register a person (yourself, or as an administrator one of your partner''s people); a confirmation e-mail is queued'
            cand unregister 'Give a person''s place back (the same people may), before the session''s date'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;workshop;create'= {
            cand --date 'YYYY-MM-DD or DD/MM/YYYY'
            cand --place 'Where it takes place, e.g. "Caf, salle de formation (6e étage)"'
            cand --capacity 'How many people may come: 1 to 50 (default 5)'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;workshop;list'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;workshop;show'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;workshop;register'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;workshop;unregister'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;workshop;help'= {
            cand create 'Plan a session (Caf agent): a date today or later, a place, 5 places unless told'
            cand list 'List the sessions with their places taken and free'
            cand show 'A session and who comes (a partner''s people see their own partner''s registrations)'
            cand register 'Register a person (yourself, or as an administrator one of your partner''s people); a confirmation e-mail is queued'
            cand unregister 'Give a person''s place back (the same people may), before the session''s date'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;workshop;help;create'= {
        }
        &'afas;workshop;help;list'= {
        }
        &'afas;workshop;help;show'= {
        }
        &'afas;workshop;help;register'= {
        }
        &'afas;workshop;help;unregister'= {
        }
        &'afas;workshop;help;help'= {
        }
        &'afas;todo'= {
            cand --since 'Caf agents: list the declarations transmitted on or after this date (YYYY-MM-DD; default: the last 7 days)'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;config'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the settings with their values and defaults'
            cand set 'Change a setting (Caf agent), e.g. controls.variation_n1 25'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;config;list'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;config;set'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;config;help'= {
            cand list 'List the settings with their values and defaults'
            cand set 'Change a setting (Caf agent), e.g. controls.variation_n1 25'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;config;help;list'= {
        }
        &'afas;config;help;set'= {
        }
        &'afas;config;help;help'= {
        }
        &'afas;outbox'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List e-mails'
            cand send 'Deliver the pending e-mails over SMTP; a failed one stays pending for the next send, one refused for good three times is given up (failed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;outbox;list'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --pending 'Only those not delivered yet'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;outbox;send'= {
            cand --smtp 'smtp://host[:port] (plain, port 25), smtp://host:587?tls=required (STARTTLS) or smtps://host[:465] (TLS); a user (smtps://user@host) logs in with AFAS_SMTP_PASSWORD; certificates checked against the system''s roots or AFAS_SMTP_CA'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;outbox;help'= {
            cand list 'List e-mails'
            cand send 'Deliver the pending e-mails over SMTP; a failed one stays pending for the next send, one refused for good three times is given up (failed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;outbox;help;list'= {
        }
        &'afas;outbox;help;send'= {
        }
        &'afas;outbox;help;help'= {
        }
        &'afas;import'= {
            cand --kind 'The kind of a single file or one-sheet workbook whose name does not say it'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --dry-run 'Check every row, write nothing'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;export'= {
            cand --partner 'Only this partner''s rows'
            cand --workbook 'Write the six kinds as the sheets of this .xlsx workbook instead'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --excel 'CSV as French Excel opens it with a double click: `;`, UTF-8 with BOM, CRLF'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;audit'= {
            cand --actor 'Only changes made by this login'
            cand --partner 'Only changes concerning this partner'
            cand --since 'Only changes on or after this date (YYYY-MM-DD)'
            cand --limit 'At most this many rows, the most recent'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand verify 'Prove that nobody rewrote the audit trail: recompute its hash chain and name the first row changed, inserted or removed (exit 5), or print its size and head'
            cand head 'Print the head of the audit trail''s hash chain, to keep elsewhere and give later to `audit verify --head`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;audit;verify'= {
            cand --head 'A head printed earlier by `audit head` and kept elsewhere: also prove that no row was cut from the end since'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;audit;head'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;audit;help'= {
            cand verify 'Prove that nobody rewrote the audit trail: recompute its hash chain and name the first row changed, inserted or removed (exit 5), or print its size and head'
            cand head 'Print the head of the audit trail''s hash chain, to keep elsewhere and give later to `audit verify --head`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;audit;help;verify'= {
        }
        &'afas;audit;help;head'= {
        }
        &'afas;audit;help;help'= {
        }
        &'afas;completions'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;migrate'= {
            cand --role-prefix 'PostgreSQL, when the upgrade makes the store''s roles: start their names with PREFIX, so that several stores can share one server'
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;whoami'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;password'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;demo'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;generate-assets'= {
            cand --db 'The store (created with mode 0600 by `init`)'
            cand --as 'The acting account: required by every command but init, completions and demo'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -y 'Do not ask for confirmation of destructive or final actions'
            cand --yes 'Do not ask for confirmation of destructive or final actions'
            cand -q 'Print nothing but what was asked for (no confirmation lines)'
            cand --quiet 'Print nothing but what was asked for (no confirmation lines)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'afas;help'= {
            cand init 'Create the store and its first Caf agent'
            cand partner 'Partners and their three signed documents'
            cand account 'Accounts: Caf agents and partner people'
            cand group 'The Afas groups declarer and habiliter, their managers and members'
            cand service 'Services (ALSH, RAM) and their sites'
            cand profile 'Afas profiles (FDA, FDF, approver) and the readiness check'
            cand call 'Calls for declaration (campaigns)'
            cand declaration 'Declarations: entry by the providers, the approver''s four steps, the Caf''s send-back'
            cand workshop 'The Caf''s training sessions: plan them, register people, see who comes'
            cand todo 'What waits for you, most urgent first (the nearest deadline, then the oldest), each with the command that does it: forms to fill or returned (FDA, FDF); declarations to approve, being approved or sent back (approver); services not ready and groups without a manager (administrators, managers); declarations transmitted, calls near their deadline and e-mails failing (Caf agents). Nothing waiting: an empty list, exit 0'
            cand config 'The store''s settings: control thresholds, the e-mail sender'
            cand outbox 'E-mails waiting to be delivered, and their delivery over SMTP'
            cand import 'Import partners, accounts, groups, services, sites, profiles from CSV or a workbook (all or nothing)'
            cand export 'Export in the import formats: one kind as CSV to stdout, or all six as a workbook'
            cand audit 'The audit trail: every change, who, when'
            cand completions 'Print a shell completion script'
            cand migrate 'Upgrade a shared store''s schema (PostgreSQL, run by the database''s owner); a SQLite store upgrades itself when opened'
            cand whoami 'Print the acting account: on PostgreSQL the one the server authenticated'
            cand password 'Change your own password on a shared store (PostgreSQL), making it permanent: asked twice on a terminal, else one line on stdin'
            cand demo 'The seed''s story end to end, in a fresh store'
            cand generate-assets 'Write the completion scripts and man pages into DIR (for packagers and the tests)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'afas;help;init'= {
        }
        &'afas;help;partner'= {
            cand create 'Register a partner (Caf agent)'
            cand document 'Record the receipt of a signed document (Caf agent); the third opens the partner'
            cand list 'List partners'
            cand show 'Show one partner'
        }
        &'afas;help;partner;create'= {
        }
        &'afas;help;partner;document'= {
        }
        &'afas;help;partner;list'= {
        }
        &'afas;help;partner;show'= {
        }
        &'afas;help;account'= {
            cand create 'Create an account of a partner, or a Caf agent with --caf'
            cand update 'Change a person''s name or e-mail'
            cand suspend 'Suspend an account: it can do nothing until reactivated'
            cand reactivate 'Reactivate a suspended account'
            cand password 'Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the person themself, an administrator of its partner or a Caf agent may'
            cand admin 'Make an account administrator of its partner, or revoke it'
            cand list 'List accounts'
            cand show 'Show one account'
        }
        &'afas;help;account;create'= {
        }
        &'afas;help;account;update'= {
        }
        &'afas;help;account;suspend'= {
        }
        &'afas;help;account;reactivate'= {
        }
        &'afas;help;account;password'= {
        }
        &'afas;help;account;admin'= {
        }
        &'afas;help;account;list'= {
        }
        &'afas;help;account;show'= {
        }
        &'afas;help;group'= {
            cand create 'Create a group of an open partner, with its manager'
            cand manager 'Name the manager of a group (who becomes a member)'
            cand add 'Add members to a group'
            cand remove 'Remove members from a group'
            cand notify 'Tell the habiliter manager that the declarer group is filled (e-mail)'
            cand list 'List groups'
            cand show 'Show one group and its members'
        }
        &'afas;help;group;create'= {
        }
        &'afas;help;group;manager'= {
        }
        &'afas;help;group;add'= {
        }
        &'afas;help;group;remove'= {
        }
        &'afas;help;group;notify'= {
        }
        &'afas;help;group;list'= {
        }
        &'afas;help;group;show'= {
        }
        &'afas;help;service'= {
            cand create 'Create a service of an open partner'
            cand add-site 'Add a site (lieu d''implantation) to a service'
            cand list 'List services'
            cand show 'Show one service and its sites'
        }
        &'afas;help;service;create'= {
        }
        &'afas;help;service;add-site'= {
        }
        &'afas;help;service;list'= {
        }
        &'afas;help;service;show'= {
        }
        &'afas;help;profile'= {
            cand grant 'Give an Afas profile to a member of declarer, on one service (or one site, fda only)'
            cand revoke 'Take an Afas profile back'
            cand list 'List profiles held'
            cand check 'Readiness: minimums not met, suspended holders, missing administrators, groups, managers'
        }
        &'afas;help;profile;grant'= {
        }
        &'afas;help;profile;revoke'= {
        }
        &'afas;help;profile;list'= {
        }
        &'afas;help;profile;check'= {
        }
        &'afas;help;call'= {
            cand open 'Open a call: one declaration per service of the kind, e-mails to the profile holders'
            cand list 'List calls'
            cand show 'The campaign dashboard: declarations by state, late ones, controls fired'
            cand remind 'E-mail the profile holders of the services not yet transmitted'
            cand close 'Close a call: no more entry'
        }
        &'afas;help;call;open'= {
        }
        &'afas;help;call;list'= {
        }
        &'afas;help;call;show'= {
        }
        &'afas;help;call;remind'= {
        }
        &'afas;help;call;close'= {
        }
        &'afas;help;declaration'= {
            cand list 'List declarations'
            cand show 'Show a declaration: forms, values, totals, steps, controls'
            cand history 'Every step of a declaration, who and when, from the audit trail: opened, each form entered or returned, approval, reviews, justifications, transmitted, sent back'
            cand enter 'Enter values in a form'
            cand approve 'The approver takes the declaration over ("Contrôler et transmettre")'
            cand review 'Steps 1 and 2: the approver reviewed the activity or financial data'
            cand return 'The approver returns one form to its providers (no e-mail)'
            cand justify 'Step 3: justify a coherence control that fires'
            cand transmit 'Step 4: see the synthesis and transmit to the Caf'
            cand send-back 'The Caf sends a transmitted declaration back for correction (e-mail to the approver)'
        }
        &'afas;help;declaration;list'= {
        }
        &'afas;help;declaration;show'= {
        }
        &'afas;help;declaration;history'= {
        }
        &'afas;help;declaration;enter'= {
        }
        &'afas;help;declaration;approve'= {
        }
        &'afas;help;declaration;review'= {
        }
        &'afas;help;declaration;return'= {
        }
        &'afas;help;declaration;justify'= {
        }
        &'afas;help;declaration;transmit'= {
        }
        &'afas;help;declaration;send-back'= {
        }
        &'afas;help;workshop'= {
            cand create 'Plan a session (Caf agent): a date today or later, a place, 5 places unless told'
            cand list 'List the sessions with their places taken and free'
            cand show 'A session and who comes (a partner''s people see their own partner''s registrations)'
            cand register 'Register a person (yourself, or as an administrator one of your partner''s people); a confirmation e-mail is queued'
            cand unregister 'Give a person''s place back (the same people may), before the session''s date'
        }
        &'afas;help;workshop;create'= {
        }
        &'afas;help;workshop;list'= {
        }
        &'afas;help;workshop;show'= {
        }
        &'afas;help;workshop;register'= {
        }
        &'afas;help;workshop;unregister'= {
        }
        &'afas;help;todo'= {
        }
        &'afas;help;config'= {
            cand list 'List the settings with their values and defaults'
            cand set 'Change a setting (Caf agent), e.g. controls.variation_n1 25'
        }
        &'afas;help;config;list'= {
        }
        &'afas;help;config;set'= {
        }
        &'afas;help;outbox'= {
            cand list 'List e-mails'
            cand send 'Deliver the pending e-mails over SMTP; a failed one stays pending for the next send, one refused for good three times is given up (failed)'
        }
        &'afas;help;outbox;list'= {
        }
        &'afas;help;outbox;send'= {
        }
        &'afas;help;import'= {
        }
        &'afas;help;export'= {
        }
        &'afas;help;audit'= {
            cand verify 'Prove that nobody rewrote the audit trail: recompute its hash chain and name the first row changed, inserted or removed (exit 5), or print its size and head'
            cand head 'Print the head of the audit trail''s hash chain, to keep elsewhere and give later to `audit verify --head`'
        }
        &'afas;help;audit;verify'= {
        }
        &'afas;help;audit;head'= {
        }
        &'afas;help;completions'= {
        }
        &'afas;help;migrate'= {
        }
        &'afas;help;whoami'= {
        }
        &'afas;help;password'= {
        }
        &'afas;help;demo'= {
        }
        &'afas;help;generate-assets'= {
        }
        &'afas;help;help'= {
        }
    ]
    $completions[$command]
}
