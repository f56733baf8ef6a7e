//! In-process benchmarks of loading and of each command's query step (`cargo bench`).
//! Whole-process figures, against a hello-world binary, come from `scripts/bench.sh`; see
//! BENCHMARKS.md for both.

use std::hint::black_box;

use him::catalog::Catalog;
use him::commands;
use him::data::period::Date;
use him::data::{self, Kind};
use him::domain::Context;
use him::output::{Output, View};
use him::wages::{Setting, WageData, WageTable};

fn main() {
    divan::main();
}

fn today() -> Date {
    Date {
        year: 2026,
        month: Some(11),
        day: Some(25),
    }
}

/// Benchmarks `query` against the built-in data, loaded once: the query step alone (wage
/// tables, read on first use, are then already read).
fn bench_query<R>(bencher: divan::Bencher, query: impl Fn(&Context<'_>) -> R + Sync) {
    let catalog = Catalog::builtin().expect("the built-in data loads");
    let wages = WageData::new(None);
    let ctx = Context {
        catalog: &catalog,
        today: today(),
        stale_after_years: 3,
        wages: &wages,
    };
    bencher.bench_local(|| query(&ctx));
}

mod load {
    use super::*;

    /// The compiled built-in records, every kind decoded (each kind is decoded on first use, so
    /// a run pays for the kinds it reads).
    #[divan::bench]
    fn builtin_compiled() -> Catalog {
        let catalog = Catalog::builtin().unwrap();
        for kind in data::Kind::ALL {
            divan::black_box(catalog.data.count(kind));
        }
        catalog
    }

    /// The built-in TOML parsed and checked, as `him check` and user data are read.
    #[divan::bench]
    fn builtin_toml_checked() -> data::Loaded {
        data::load(data::gather(None).unwrap())
    }

    /// The compiled wage table, national rows only (show, compare, ladder).
    #[divan::bench]
    fn wages_national_compiled() -> WageTable {
        WageTable::builtin_national()
    }

    /// The compiled wage table with Illinois's rows decoded (salary --area illinois).
    #[divan::bench]
    fn wages_illinois_compiled() -> usize {
        let table = WageTable::builtin();
        let area = table.resolve_area(&[], "illinois").unwrap().id;
        table
            .occupations()
            .iter()
            .filter(|o| table.estimate(&o.soc, area, Setting::All).is_some())
            .count()
    }
}

mod query {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// Query and describe the view (what the table renderer receives), without printing.
    fn report<V: View>(view: V) -> usize {
        view.report().blocks.len()
    }

    #[divan::bench]
    fn compare_informatics_him(bencher: divan::Bencher) {
        let names = names(&["informatics", "him"]);
        bench_query(bencher, |ctx| {
            report(commands::compare::query(ctx, &names, None).unwrap())
        });
    }

    #[divan::bench]
    fn list_titles(bencher: divan::Bencher) {
        bench_query(bencher, |ctx| {
            report(commands::list::query(ctx, Kind::Title, None).unwrap())
        });
    }

    #[divan::bench]
    fn salary_illinois(bencher: divan::Bencher) {
        let areas = names(&["illinois"]);
        bench_query(bencher, |ctx| {
            let request = commands::salary::Request {
                field: None,
                titles: &[],
                areas: &areas,
                settings: &[],
                real: None,
            };
            report(commands::salary::query(ctx, &request).unwrap())
        });
    }

    #[divan::bench]
    fn ladder_both_fields(bencher: divan::Bencher) {
        bench_query(bencher, |ctx| {
            let request = commands::ladder::Request {
                fields: &[],
                area: None,
                outlook: false,
            };
            report(commands::ladder::query(ctx, &request).unwrap())
        });
    }

    #[divan::bench]
    fn fit_programming_database(bencher: divan::Bencher) {
        let skills = names(&["programming", "database"]);
        bench_query(bencher, |ctx| {
            report(commands::fit::query(ctx, &skills).unwrap())
        });
    }

    #[divan::bench]
    fn search_coding(bencher: divan::Bencher) {
        let words = names(&["coding"]);
        bench_query(bencher, |ctx| {
            report(commands::search::query(ctx, &words, false).unwrap())
        });
    }

    /// Every metro area ranked for one occupation: the widest read of the wage table a
    /// command makes (all metro rows of 11-9111).
    #[divan::bench]
    fn where_manager_metros(bencher: divan::Bencher) {
        bench_query(bencher, |ctx| {
            let request = commands::where_::Request {
                name: "health information manager",
                by: him::wages::ranking::RankBy::Jobs,
                states: false,
                in_state: None,
                top: 15,
            };
            report(commands::where_::query(ctx, &request).unwrap())
        });
    }

    #[divan::bench]
    fn show_rhia(bencher: divan::Bencher) {
        bench_query(bencher, |ctx| {
            report(commands::show::query(ctx, "rhia", None, false).unwrap())
        });
    }
}

/// Rendering `him compare informatics him` as a table for a 100-column terminal: the query,
/// then the last step before printing.
#[divan::bench]
fn render_compare_table(bencher: divan::Bencher) {
    let names = vec!["informatics".to_string(), "him".to_string()];
    let style = him::output::Style {
        format: him::output::Format::Table,
        color: false,
        width: Some(100),
    };
    bench_query(bencher, |ctx| {
        let view = commands::compare::query(ctx, &names, None).unwrap();
        black_box(Output::render_to_string(&view, style).unwrap())
    });
}
