//! Writes a valid data directory with N job titles, for measuring him at scale (O*NET's
//! catalogue of alternate titles is about 100,000), and the hostile shapes of issue 19 whose
//! cost once grew faster than the data (BENCHMARKS.md, "Hostile shapes").
//!
//!     cargo run --release --example gen_data -- --titles 100000 --out /tmp/him-100k
//!     him --data /tmp/him-100k check
//!     cargo run --release --example gen_data -- --credential-layers 30 --out /tmp/him-layers
//!     cargo run --release --example gen_data -- --occupations 70000 --out /tmp/him-wages
//!     cargo run --release --example gen_data -- --titles 2000 --sharing 100 --out /tmp/him-shared
//!
//! `tests/hostile_data.rs` builds its cases with the same functions.
//!
//! The directory holds what is asked for, plus the built-in fields, sources and credentials the
//! titles refer to (copied, so the directory stands on its own); the other kinds fall back to
//! the built-in files.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// How many titles to write
    #[arg(long)]
    titles: Option<usize>,
    /// Of the titles, how many share one occupation code (15-1211), the first ones
    #[arg(long, default_value_t = 0)]
    sharing: usize,
    /// Layers of two credentials to add, each route accepting either of the next layer's two
    #[arg(long)]
    credential_layers: Option<usize>,
    /// A chain of credentials to add, each needing the next
    #[arg(long)]
    credential_chain: Option<usize>,
    /// A wage table of this many made-up occupations, national rows only
    #[arg(long)]
    occupations: Option<usize>,
    /// The directory to write (created if missing)
    #[arg(long)]
    out: PathBuf,
}

const LEVELS: [&str; 4] = ["entry", "mid", "senior", "executive"];
const FIELDS: [&str; 2] = ["informatics", "him"];
const SOC: [&str; 8] = [
    "15-1211", "15-2051", "13-1111", "11-3021", "29-9021", "29-2072", "11-9111", "13-1041",
];
const CREDENTIALS: [&str; 6] = ["chda", "rhia", "rhit", "cca", "cphims", "ahic"];
const WORDS: [&str; 12] = [
    "clinical",
    "data",
    "records",
    "systems",
    "quality",
    "coding",
    "analytics",
    "privacy",
    "revenue",
    "research",
    "nursing",
    "informatics",
];

fn title(i: usize, n: usize, sharing: usize) -> String {
    let field = FIELDS[i % FIELDS.len()];
    // Titles form ladders of four steps within a field: i leads to i + 2 (same field, next level).
    let level_index = (i / 2) % LEVELS.len();
    let word = |k: usize| WORDS[(i / 7 + k * 5) % WORDS.len()];
    let mut text = String::with_capacity(420);
    let _ = writeln!(text, "[[title]]");
    let _ = writeln!(text, "id = \"generated-title-{i}\"");
    let _ = writeln!(
        text,
        "name = \"Generated {} {} title {i}\"",
        word(0),
        word(1)
    );
    let _ = writeln!(text, "aliases = [\"gen {i}\"]");
    let _ = writeln!(text, "field = \"{field}\"");
    let _ = writeln!(text, "level = \"{}\"", LEVELS[level_index]);
    let soc = if i < sharing {
        "15-1211"
    } else {
        SOC[i % SOC.len()]
    };
    let _ = writeln!(text, "soc = \"{soc}\"");
    if level_index + 1 < LEVELS.len() && i + 2 < n {
        let _ = writeln!(text, "leads_to = [\"generated-title-{}\"]", i + 2);
    }
    let _ = writeln!(
        text,
        "credentials = [\"{}\"]",
        CREDENTIALS[i % CREDENTIALS.len()]
    );
    let _ = writeln!(
        text,
        "summary = \"A generated title for measuring him at scale: works with {} {} and {} data in a {} setting.\"",
        word(2),
        word(3),
        word(4),
        word(5)
    );
    let _ = writeln!(text, "sources = [\"him-editorial\"]");
    let _ = writeln!(text);
    let _ = writeln!(text, "[[title.pay]]");
    let _ = writeln!(text, "median = {}", 40_000 + (i % 97) * 1_000);
    let _ = writeln!(text, "period = \"2025-05\"");
    let _ = writeln!(text, "source = \"bls-oews-2025\"");
    let _ = writeln!(text, "status = \"secondary\"");
    let _ = writeln!(text);
    text
}

/// A credential issued by AHIMA for HIM with one route, `route` (TOML lines).
pub fn credential(id: &str, route: &str) -> String {
    format!(
        "\n[[credential]]\nid = \"{id}\"\nabbreviation = \"{}\"\nname = \"Generated credential {id}\"\nissuer = \"ahima\"\nfields = [\"him\"]\nsummary = \"Generated.\"\nsources = [\"him-editorial\"]\nstatus = \"confirmed\"\n\n[[credential.path]]\nname = \"Generated route\"\n{route}\nsource = \"him-editorial\"\nstatus = \"confirmed\"\n",
        id.to_uppercase()
    )
}

/// `layers` layers of two credentials, `l0a l0b`, `l1a l1b` ...: each route accepts either
/// credential of the next layer; the last layer needs a CAHIIM-accredited program.
pub fn credential_layers(layers: usize) -> String {
    let mut text = String::new();
    for layer in 0..layers {
        for side in ["a", "b"] {
            let route = if layer + 1 < layers {
                format!(
                    "credentials_any = [\"l{}a\", \"l{}b\"]",
                    layer + 1,
                    layer + 1
                )
            } else {
                "accredited_by = \"cahiim\"".to_string()
            };
            text.push_str(&credential(&format!("l{layer}{side}"), &route));
        }
    }
    text
}

/// A chain of `length` credentials, `c0` needing `c1` ... the last a CAHIIM program.
pub fn credential_chain(length: usize) -> String {
    let mut text = String::new();
    for i in 0..length {
        let route = if i + 1 < length {
            format!("credentials_any = [\"c{}\"]", i + 1)
        } else {
            "accredited_by = \"cahiim\"".to_string()
        };
        text.push_str(&credential(&format!("c{i}"), &route));
    }
    text
}

/// The opening lines of a wage table: its source and its columns.
pub const WAGE_HEADER: &str = "# source: bls-oews-2025\nsoc_code,occupation,area_type,area_code,area_name,industry_code,footnotes,employment,annual_p10,annual_p25,annual_median,annual_p75,annual_p90\n";

/// A wage table of `occupations` made-up occupations (`00-0000`, `00-0001` ...), national rows.
pub fn wage_table(occupations: usize) -> String {
    let mut text = String::from(WAGE_HEADER);
    for i in 0..occupations {
        let _ = writeln!(
            text,
            "{:02}-{:04},Occupation {i},national,0000000,National,000000,,1000,30000,40000,50000,60000,70000",
            i / 10_000,
            i % 10_000
        );
    }
    text
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    std::fs::create_dir_all(&args.out)?;
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    for file in ["fields.toml", "sources.toml", "credentials.toml"] {
        std::fs::copy(format!("{data}/{file}"), args.out.join(file))?;
    }
    if let Some(n) = args.titles {
        let mut titles = String::from("# Generated by examples/gen_data.rs\n\n");
        for i in 0..n {
            titles.push_str(&title(i, n, args.sharing));
        }
        std::fs::write(args.out.join("titles.toml"), titles)?;
        println!("wrote {n} titles to {}", args.out.display());
    }
    let mut credentials = std::fs::read_to_string(format!("{data}/credentials.toml"))?;
    if let Some(layers) = args.credential_layers {
        credentials.push_str(&credential_layers(layers));
        println!("added {layers} layers of two credentials");
    }
    if let Some(length) = args.credential_chain {
        credentials.push_str(&credential_chain(length));
        println!("added a chain of {length} credentials");
    }
    std::fs::write(args.out.join("credentials.toml"), credentials)?;
    if let Some(n) = args.occupations {
        std::fs::write(args.out.join("oews-wages.csv"), wage_table(n))?;
        println!("wrote a wage table of {n} occupations");
    }
    Ok(())
}
