//! Whole-process timing of commands against a baseline command, run in pairs (A B A B ...),
//! the way BENCHMARKS.md quotes figures: on a shared machine whose speed drifts, the ratio
//! within a pair stays meaningful where absolute times do not.
//!
//!     cargo run --release --example paired -- --pairs 40 --baseline ./hello -- 'him list titles' ...
//!
//! Prints, for each command, the median of the per-pair ratios with the 10th-90th percentile
//! spread, and the median wall time of both.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// Pairs to measure per command, after 3 warm-up pairs
    #[arg(long, default_value_t = 40)]
    pairs: usize,
    /// The baseline command (a hello-world binary)
    #[arg(long)]
    baseline: String,
    /// The commands to compare, each one shell-like word list in one argument
    #[arg(last = true, required = true)]
    commands: Vec<String>,
}

fn run(words: &[String]) -> Duration {
    let start = Instant::now();
    let status = Command::new(&words[0])
        .args(&words[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|err| panic!("cannot run {}: {err}", words[0]));
    let elapsed = start.elapsed();
    assert!(status.success(), "`{}` failed: {status}", words.join(" "));
    elapsed
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn main() {
    let args = Args::parse();
    let baseline: Vec<String> = args.baseline.split_whitespace().map(String::from).collect();
    println!(
        "{:>8}  {:>15}  {:>10}  {:>10}  command",
        "ratio", "p10-p90", "ms", "base ms"
    );
    for command in &args.commands {
        let words: Vec<String> = command.split_whitespace().map(String::from).collect();
        for _ in 0..3 {
            run(&baseline);
            run(&words);
        }
        let mut ratios = Vec::with_capacity(args.pairs);
        let mut times = Vec::with_capacity(args.pairs);
        let mut bases = Vec::with_capacity(args.pairs);
        for _ in 0..args.pairs {
            let base = run(&baseline).as_secs_f64();
            let this = run(&words).as_secs_f64();
            ratios.push(this / base);
            times.push(this * 1000.0);
            bases.push(base * 1000.0);
        }
        for list in [&mut ratios, &mut times, &mut bases] {
            list.sort_by(f64::total_cmp);
        }
        println!(
            "{:>7.2}x  {:>6.2}x-{:>6.2}x  {:>10.2}  {:>10.2}  {command}",
            quantile(&ratios, 0.5),
            quantile(&ratios, 0.1),
            quantile(&ratios, 0.9),
            quantile(&times, 0.5),
            quantile(&bases, 0.5)
        );
    }
}
