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
            let _ = e.print();
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
