//! `him init DIR`: the built-in files as a starting point, never at the cost of a user's file.

mod common;

use std::path::Path;

use common::{builtin, failure, him, json_of, stdout_of};

const FILES: [&str; 11] = [
    "sources.toml",
    "organizations.toml",
    "skills.toml",
    "fields.toml",
    "specializations.toml",
    "titles.toml",
    "credentials.toml",
    "courses.toml",
    "occupations.toml",
    "areas.toml",
    "experience.toml",
];

/// The names in a directory, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn sorted_files() -> Vec<String> {
    let mut files: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
    files.sort();
    files
}

#[test]
fn init_writes_the_built_in_files_into_a_new_directory_that_then_checks_clean() {
    let scratch = tempfile::tempdir().unwrap();
    let out = stdout_of(him().current_dir(scratch.path()).args([
        "init",
        "new/my-data",
        "--width",
        "100",
    ]));
    let dir = scratch.path().join("new/my-data");
    // Exactly the ten files, with their comments, and no temporary file left behind.
    assert_eq!(listing(&dir), sorted_files());
    for file in FILES {
        assert_eq!(
            std::fs::read_to_string(dir.join(file)).unwrap(),
            builtin(file),
            "{file}"
        );
        assert!(out.contains(&format!("│ new/my-data/{file} ")), "{out}");
    }
    assert!(
        out.starts_with("Wrote 11 data files to new/my-data\n"),
        "{out}"
    );
    assert!(out.contains("`him --data new/my-data check`"), "{out}");
    let check =
        stdout_of(
            him()
                .current_dir(scratch.path())
                .args(["--data", "new/my-data", "check"]),
        );
    assert!(check.starts_with("ok: "), "{check}");
    assert!(check.contains(" in 11 files"), "{check}");
    assert!(check.contains(", no problems\n"), "{check}");
    assert!(check.contains("new/my-data/titles.toml"), "{check}");
}

#[cfg(unix)]
#[test]
fn the_files_get_ordinary_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path().join("d");
    him().arg("init").arg(&dir).assert().success();
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode();
    // The mode of any file the user makes (their umask decides), not the owner-only mode of a
    // temporary file.
    let ordinary = scratch.path().join("ordinary");
    std::fs::write(&ordinary, "").unwrap();
    assert_eq!(mode(&dir.join("titles.toml")), mode(&ordinary));
}

#[test]
fn init_never_overwrites_a_file_and_writes_nothing_when_one_is_in_the_way() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    let mine = "# my own titles, not to be lost\n[[title]]\nid = \"mine\"\r\n\u{0}binary tail";
    std::fs::write(dir.join("titles.toml"), mine).unwrap();
    std::fs::write(dir.join("courses.toml"), "x").unwrap();
    let (code, stderr) = failure(him().arg("init").arg(dir));
    assert_eq!(code, 2);
    let stderr = stderr.replace(&dir.display().to_string(), "DIR");
    assert_eq!(
        stderr,
        "error: data files already exist, and him init does not overwrite files:\n  \
         DIR/titles.toml\n  DIR/courses.toml\n\
         hint: `him --data DIR check` checks what is there; `him init --force DIR` replaces them with the built-in files\n"
    );
    // Byte for byte as it was, and no other file written.
    assert_eq!(
        std::fs::read(dir.join("titles.toml")).unwrap(),
        mine.as_bytes()
    );
    assert_eq!(std::fs::read(dir.join("courses.toml")).unwrap(), b"x");
    assert_eq!(listing(dir), vec!["courses.toml", "titles.toml"]);
}

#[test]
fn force_replaces_the_files_and_says_which() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    std::fs::write(dir.join("titles.toml"), "old").unwrap();
    std::fs::write(dir.join("notes.txt"), "not a data file").unwrap();
    let json: serde_json::Value = json_of(him().arg("init").arg("--force").arg(dir));
    assert_eq!(json["dir"], dir.display().to_string());
    let files = json["files"].as_array().unwrap();
    assert_eq!(files.len(), FILES.len());
    for entry in files {
        let replaced = entry["file"] == "titles.toml";
        assert_eq!(entry["replaced"], replaced, "{entry}");
        assert_eq!(
            entry["path"],
            dir.join(entry["file"].as_str().unwrap())
                .display()
                .to_string()
        );
    }
    assert_eq!(json["next"], format!("him --data {} check", dir.display()));
    assert_eq!(
        std::fs::read_to_string(dir.join("titles.toml")).unwrap(),
        builtin("titles.toml")
    );
    // Files that are not him's are left alone.
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt")).unwrap(),
        "not a data file"
    );
    let table = stdout_of(
        him()
            .arg("init")
            .arg("--force")
            .arg(dir)
            .args(["--width", "200"]),
    );
    assert!(table.contains("(11 replaced)"), "{table}");
    assert!(table.contains("┆ replaced"), "{table}");
}

#[test]
fn a_file_given_as_the_directory_is_refused_and_kept() {
    let scratch = tempfile::tempdir().unwrap();
    let file = scratch.path().join("data.toml");
    std::fs::write(&file, "mine").unwrap();
    for force in [false, true] {
        let mut cmd = him();
        cmd.arg("init").arg(&file);
        if force {
            cmd.arg("--force");
        }
        let (code, stderr) = failure(&mut cmd);
        assert_eq!(code, 2);
        assert!(stderr.contains("is a file, not a directory"), "{stderr}");
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn a_directory_where_a_file_goes_is_never_replaced() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    std::fs::create_dir(dir.join("titles.toml")).unwrap();
    std::fs::write(dir.join("titles.toml/keep.txt"), "keep").unwrap();
    let (code, stderr) = failure(him().arg("init").arg("--force").arg(dir));
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: a directory is where a data file goes:"),
        "{stderr}"
    );
    assert_eq!(listing(dir), vec!["titles.toml"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("titles.toml/keep.txt")).unwrap(),
        "keep"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_in_the_way_is_refused_and_force_replaces_the_link_not_its_target() {
    let scratch = tempfile::tempdir().unwrap();
    let target = scratch.path().join("elsewhere.toml");
    std::fs::write(&target, "precious").unwrap();
    let dir = scratch.path().join("d");
    std::fs::create_dir(&dir).unwrap();
    std::os::unix::fs::symlink(&target, dir.join("titles.toml")).unwrap();
    // A dangling link is in the way too.
    std::os::unix::fs::symlink(scratch.path().join("gone"), dir.join("skills.toml")).unwrap();
    let (code, stderr) = failure(him().arg("init").arg(&dir));
    assert_eq!(code, 2);
    assert!(stderr.contains("/d/titles.toml\n"), "{stderr}");
    assert!(stderr.contains("/d/skills.toml\n"), "{stderr}");
    him()
        .arg("init")
        .arg("--force")
        .arg(&dir)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
    assert!(!dir.join("titles.toml").is_symlink());
    assert_eq!(
        std::fs::read_to_string(dir.join("titles.toml")).unwrap(),
        builtin("titles.toml")
    );
}

#[test]
fn init_needs_a_directory() {
    let (code, stderr) = failure(him().arg("init"));
    assert_eq!(code, 2);
    assert!(stderr.contains("<DIR>"), "{stderr}");
}
