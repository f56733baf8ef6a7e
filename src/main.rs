use std::io::Write;
use std::process::ExitCode;

use him::cli::Cli;
use him::error;

fn main() -> ExitCode {
    // A panic is a bug in him: one line saying so, not a backtrace (see `error::panic_report`).
    std::panic::set_hook(Box::new(|info| {
        let _ = std::io::stderr().write_all(error::panic_report(info).as_bytes());
    }));
    let parsed = Cli::read(std::env::args_os().collect());
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => {
            // --help and --version land here too, with exit code 0: a closed stdout is no
            // error, but help that could not be written (a full disk) is.
            if let Err(failed) = error::print_clap_error(&err)
                && failed.kind() != std::io::ErrorKind::BrokenPipe
                && !err.use_stderr()
            {
                let failed = anyhow::Error::new(failed).context(him::output::WRITE_FAILED);
                error::report(&failed, &mut std::io::stderr().lock(), false);
                return ExitCode::from(error::EXIT_NOT_FOUND_OR_DATA);
            }
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(error::EXIT_USAGE));
        }
    };
    let color = him::app::stderr_color(cli.global.color);
    match him::app::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if error::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let mut stderr = std::io::stderr().lock();
            error::report(&err, &mut stderr, color);
            let _ = stderr.flush();
            error::exit_code(&err)
        }
    }
}
