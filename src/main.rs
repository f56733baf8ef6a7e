//! The `him` program: reads the command line, runs it, and turns how it ended into the exit
//! status (`Failure::exit_code`, the one place that decides it).

use std::io::Write;
use std::process::ExitCode;

use him::cli::Cli;
use him::error::{self, Failure};

fn main() -> ExitCode {
    // A panic is a bug in him: one line saying so, not a backtrace (see `error::panic_report`).
    std::panic::set_hook(Box::new(|info| {
        let _ = std::io::stderr().write_all(error::panic_report(info).as_bytes());
    }));
    let mut kept = him::app::Leftovers::default();
    let (result, color) = match Cli::read(std::env::args_os().collect()) {
        Ok(cli) => {
            let color = him::app::stderr_color(cli.global.color);
            (him::app::run(cli, &mut kept), color)
        }
        // --help and --version land here too, and exit 0 once printed.
        Err(err) => (Err(Failure::CommandLine(err)), false),
    };
    // The loaded data goes back to the system with the process, all at once (see `Leftovers`).
    std::mem::forget(kept);
    let Err(mut failure) = result else {
        return ExitCode::SUCCESS;
    };
    let mut stderr = std::io::stderr().lock();
    // Help that could not be written (a full disk) is the failure then.
    if let Some(unwritten) = error::report(&failure, &mut stderr, color) {
        failure = unwritten;
        error::report(&failure, &mut stderr, color);
    }
    let _ = stderr.flush();
    ExitCode::from(failure.exit_code())
}
