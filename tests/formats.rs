//! The machine-readable outputs are a contract with scripts: the JSON, CSV and Markdown of each
//! command, pinned as snapshots on small inputs so a change to any of them is seen and reviewed.

mod common;

use common::{him, stdout_of};

const FORMATS: [&str; 3] = ["json", "csv", "markdown"];

/// Snapshots `him ARGS --format F` for each machine-readable format, as `NAME_F`.
fn pin(name: &str, args: &[&str]) {
    for format in FORMATS {
        let output = stdout_of(him().args(args).args(["--format", format]));
        assert!(
            !output.contains('\x1b'),
            "{args:?} {format}: no escape codes"
        );
        insta::assert_snapshot!(format!("{name}_{format}"), output, &args.join(" "));
    }
}

#[test]
fn compare() {
    pin("compare", &["compare", "rhia", "rhit"]);
}

#[test]
fn list() {
    pin("list", &["list", "titles", "--field", "him"]);
}

#[test]
fn show() {
    pin("show", &["show", "cahiim"]);
}

#[test]
fn salary() {
    pin(
        "salary",
        &[
            "salary",
            "--title",
            "informatics-analyst",
            "--area",
            "illinois",
        ],
    );
}

#[test]
fn ladder() {
    pin("ladder", &["ladder", "him"]);
}

#[test]
fn fit() {
    pin("fit", &["fit", "--skills", "sql"]);
}

#[test]
fn search() {
    pin("search", &["search", "cahiim"]);
}

#[test]
fn sources() {
    pin("sources", &["sources", "--stale"]);
}

#[test]
fn credentials() {
    pin("credentials", &["credentials", "--requires", "cahiim"]);
}

#[test]
fn eligible() {
    pin(
        "eligible",
        &[
            "eligible",
            "--credential",
            "rhia",
            "--degree",
            "bachelor",
            "--program",
            "him",
            "--accredited-by",
            "cahiim",
        ],
    );
}

#[test]
fn check() {
    pin("check", &["check"]);
}

#[test]
fn where_() {
    pin(
        "where",
        &["where", "him analyst", "--in", "il", "--top", "3"],
    );
}

#[test]
fn plan() {
    pin(
        "plan",
        &[
            "plan",
            "--to",
            "health-information-manager",
            "--degree",
            "associate",
            "--program",
            "him",
            "--accredited-by",
            "cahiim",
            "--area",
            "illinois",
        ],
    );
}
