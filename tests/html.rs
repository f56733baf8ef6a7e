//! `--format html` in a real browser: the three pages an advisor prints most (compare, salary,
//! ladder) are rendered by headless Chromium to a screenshot and to PDF, with networking off,
//! and the PDF's pages are read back with poppler-utils. Where Chromium or poppler-utils is
//! missing these tests say so and pass; `.ci/run` installs both, so CI always runs them.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{him, stdout_of};

const PAGES: [(&str, &[&str]); 3] = [
    ("compare", &["compare", "informatics", "him"]),
    ("salary", &["salary", "--area", "chicago"]),
    ("ladder", &["ladder", "informatics", "him"]),
];

fn page(args: &[&str]) -> String {
    stdout_of(him().args(args).args(["--format", "html"]))
}

fn installed(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Why the browser tests cannot run here, if they cannot.
fn missing_tools() -> Option<String> {
    let missing: Vec<&str> = ["chromium", "pdfinfo", "pdftoppm", "pdftotext"]
        .into_iter()
        .filter(|p| !installed(p))
        .collect();
    (!missing.is_empty()).then(|| {
        format!(
            "skipped: {} not installed (apt-get install chromium poppler-utils; .ci/run does)",
            missing.join(", ")
        )
    })
}

/// Runs headless Chromium on `html` with networking off: every request goes to a proxy that
/// does not exist and every host name fails to resolve. `output` is the flag that says what to
/// write (`--screenshot=F`, `--print-to-pdf=F`). Returns the addresses Chromium requested.
fn chromium(html: &Path, output: &str, work: &Path) -> Vec<String> {
    let net_log = work.join(format!("net-{}.json", output.len()));
    let status = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            "--window-size=1000,1400",
            "--proxy-server=http://127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.join("profile").display()
        ))
        .arg(format!("--log-net-log={}", net_log.display()))
        .arg(output)
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let log = std::fs::read_to_string(&net_log).unwrap_or_default();
    let log: serde_json::Value = serde_json::from_str(&log).unwrap_or_default();
    let mut urls = Vec::new();
    for event in log["events"].as_array().into_iter().flatten() {
        for key in ["url", "original_url"] {
            if let Some(url) = event["params"][key].as_str() {
                urls.push(url.to_string());
            }
        }
    }
    urls
}

/// Chromium's own housekeeping (account and update checks), which the page has no part in and
/// the dead proxy stops anyway.
fn browser_service(url: &str) -> bool {
    let host = url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':', '?']).next())
        .unwrap_or("");
    host.ends_with(".google.com") || host.ends_with(".googleapis.com")
}

#[test]
fn every_page_is_self_contained() {
    for (name, args) in PAGES {
        let html = page(args);
        assert!(html.starts_with("<!DOCTYPE html>"), "{name}");
        assert!(html.contains("Content-Security-Policy"), "{name}");
        assert!(html.contains("<th scope=\"col\">"), "{name}: header cells");
        assert!(html.contains("<title>"), "{name}");
        assert!(
            html.contains("<h2>Sources</h2>"),
            "{name}: sources at the foot"
        );
        assert!(html.contains("@media print"), "{name}: print styles");
        // Nothing to fetch: no script, stylesheet, image, font or frame, and no address in an
        // attribute other than a link's.
        for fetch in [
            "<script", "<link", "<img", "<iframe", "src=", "url(", "@import",
        ] {
            assert!(!html.contains(fetch), "{name}: {fetch}");
        }
        let addresses = html
            .match_indices("http://")
            .chain(html.match_indices("https://"));
        for (at, _) in addresses {
            let before = &html[..at];
            assert!(
                before.ends_with("href=\"") || before.ends_with('>'),
                "{name}: an address outside a link or text: {}",
                &html[at.saturating_sub(40)..(at + 40).min(html.len())]
            );
        }
    }
}

#[test]
fn pay_ranges_are_drawn_with_their_figures_beside_them() {
    let html = page(&["salary", "--area", "chicago"]);
    let charts = html.matches("<figure class=\"chart\">").count();
    assert_eq!(charts, 2, "one chart per field");
    // Every bar has its figures in words beside it and in its label.
    let bars = html.matches("<svg class=\"bar\"").count();
    assert_eq!(bars, html.matches("<td class=\"figures\">").count());
    assert!(bars >= 17, "{bars}");
    assert!(html.contains("median $103,490"), "{html}");
    // A comparison of the two fields draws every title of both on one scale, and only when the
    // table shows pay.
    let compare = page(&["compare", "informatics", "him"]);
    assert_eq!(compare.matches("<figure class=\"chart\">").count(), 1);
    assert_eq!(compare.matches("<svg class=\"bar\"").count(), 17);
    let no_pay = page(&["compare", "informatics", "him", "--only", "credentials"]);
    assert!(!no_pay.contains("<figure class=\"chart\">"));
    let ladder = page(&["ladder", "informatics", "him"]);
    assert!(ladder.contains("HI (Health informatics): entry level"));
    assert!(ladder.contains("HIM (Health information management): executive level"));
}

#[test]
fn a_diagram_line_wrapped_by_the_page_hangs_under_its_text() {
    // A ladder's lines are wider than a column of the printed page: the browser wraps them, and
    // each line's rest must start under its text, not at the margin across the tree's gutter.
    let ladder = page(&["ladder", "informatics", "him"]);
    let note = ladder
        .split("<span class=\"line\"")
        .find(|line| line.contains("these are different occupations, not a pay cut"))
        .expect("the ladder notes a lower BLS figure");
    assert!(note.starts_with(r#" style="--hang: 6ch">"#), "{note}");
    let unhung = ladder
        .split("<span class=\"line\"")
        .find(|line| line.contains("ENTRY"))
        .expect("a level's heading");
    assert!(unhung.starts_with('>'), "{unhung}");
    assert!(
        ladder.contains("padding-left: var(--hang, 0)")
            && ladder.contains("text-indent: calc(-1 * var(--hang, 0))"),
        "the stylesheet hangs a line by its --hang"
    );
}

#[test]
fn pages_render_in_a_real_browser_to_a_screenshot_and_a_pdf_on_a4_and_letter() {
    if let Some(reason) = missing_tools() {
        eprintln!("{reason}");
        println!("{reason}");
        return;
    }
    let work = tempfile::tempdir().unwrap();
    for (name, args) in PAGES {
        let html = page(args);
        for paper in ["letter", "A4"] {
            // The page leaves the paper size to the printer; here each size is asked for.
            let sized = html.replacen(
                "</style>",
                &format!("@page {{ size: {paper}; }}\n</style>"),
                1,
            );
            let file = work.path().join(format!("{name}-{paper}.html"));
            std::fs::write(&file, sized).unwrap();
            let pdf: PathBuf = work.path().join(format!("{name}-{paper}.pdf"));
            let mut requested = chromium(
                &file,
                &format!("--print-to-pdf={}", pdf.display()),
                work.path(),
            );
            let png = work.path().join(format!("{name}-{paper}.png"));
            requested.extend(chromium(
                &file,
                &format!("--screenshot={}", png.display()),
                work.path(),
            ));
            let page_url = format!("file://{}", file.display());
            for url in &requested {
                assert!(
                    *url == page_url || browser_service(url),
                    "{name}: the page requested {url}"
                );
            }
            let shot = std::fs::read(&png).unwrap();
            assert!(shot.starts_with(b"\x89PNG"), "{name}: a PNG");
            assert!(shot.len() > 20_000, "{name}: the screenshot is blank");

            let info =
                String::from_utf8(Command::new("pdfinfo").arg(&pdf).output().unwrap().stdout)
                    .unwrap();
            let pages: usize = info
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or(0);
            assert!(pages >= 1, "{name}: {info}");
            let size = info
                .lines()
                .find(|l| l.starts_with("Page size:"))
                .unwrap_or("");
            let expected = if paper == "A4" { "(A4)" } else { "(letter)" };
            assert!(size.contains(expected), "{name} on {paper}: {size}");

            // Every page renders, and the text reads back whole: the title, figures and sources.
            let prefix = work.path().join(format!("{name}-{paper}-page"));
            let rendered = Command::new("pdftoppm")
                .args(["-r", "30", "-png"])
                .arg(&pdf)
                .arg(&prefix)
                .status()
                .unwrap();
            assert!(rendered.success());
            let images = std::fs::read_dir(work.path())
                .unwrap()
                .filter(|e| {
                    e.as_ref()
                        .unwrap()
                        .file_name()
                        .to_string_lossy()
                        .starts_with(&format!("{name}-{paper}-page"))
                })
                .count();
            assert_eq!(images, pages, "{name}: one image per page");
            let text = String::from_utf8(
                Command::new("pdftotext")
                    .arg(&pdf)
                    .arg("-")
                    .output()
                    .unwrap()
                    .stdout,
            )
            .unwrap();
            assert!(text.contains("Sources"), "{name}: {text}");
            assert!(text.contains('$'), "{name}: figures");
        }
    }
}
