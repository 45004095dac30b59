//! afas: parse, run, map the error to an exit code; nothing else.

use std::io::Write;
use std::process::ExitCode;

use afas::{cli, commands, error};
use clap::{CommandFactory, Parser};

fn main() -> ExitCode {
    // `COMPLETE=bash afas` prints the dynamic completion script; while the shell completes,
    // afas answers here (values from the store) and exits.
    clap_complete::CompleteEnv::with_factory(cli::Cli::command).complete();
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind::{DisplayHelp, DisplayVersion};
            if matches!(e.kind(), DisplayHelp | DisplayVersion) {
                let _ = e.print();
            } else {
                // clap's message quotes what was typed: a control character in it (a tab,
                // an escape sequence) must not reach the terminal raw, nor a line break
                // forge a line. The arguments escaped first give the same message, quoting
                // them escaped; clap's own line breaks stay.
                let escaped =
                    std::env::args_os().map(|a| error::printable_line(&a.to_string_lossy()));
                let text = match cli::Cli::try_parse_from(escaped) {
                    Err(again) if again.kind() == e.kind() => again.render().to_string(),
                    _ => e.render().to_string(),
                };
                let _ = write!(std::io::stderr(), "{}", error::printable(&text));
            }
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if error::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: {}", error::one_line(&e));
            ExitCode::from(error::exit_code(&e))
        }
    }
}
