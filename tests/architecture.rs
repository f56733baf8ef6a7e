//! The layers of `src/` point one way: this test reads every source file, finds the modules it
//! names (`crate::...`, `super::...`, in `use` lines and in paths), and fails when a module
//! reaches one above it, when a command reaches another command, or when files import each
//! other in a circle. Test code (`#[cfg(test)]` and `tests.rs` files) may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The top-level modules of `src/`, highest first: each may use the ones after it, never the
/// ones before. README's Development section shows the same order.
const LAYERS: [&str; 11] = [
    "app", "commands", "settings", "cli", "domain", "output", "catalog", "wages", "error", "data",
    "text",
];

/// A source file of the library and the module path it defines (`["domain", "profile"]`).
struct SourceFile {
    path: PathBuf,
    module: Vec<String>,
    /// Production code only: the text before the first `#[cfg(test)]`, comments removed.
    code: String,
}

fn source_files() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<SourceFile>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect(root, &path, files);
            continue;
        }
        let relative = path.strip_prefix(root).unwrap();
        let name = relative.to_string_lossy().replace('\\', "/");
        if !name.ends_with(".rs") || name == "main.rs" || name == "lib.rs" {
            continue;
        }
        let mut module: Vec<String> = name
            .trim_end_matches(".rs")
            .split('/')
            .map(str::to_string)
            .collect();
        if module.last().is_some_and(|m| m == "mod") {
            module.pop();
        }
        if module.last().is_some_and(|m| m == "tests") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a source file is readable");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        files.push(SourceFile {
            path: PathBuf::from("src").join(relative),
            module,
            code: without_comments(code),
        });
    }
}

/// The code without `//` comments (doc comments name modules in prose) and string literals.
fn without_comments(code: &str) -> String {
    let mut out = String::new();
    for line in code.lines() {
        let mut kept = String::new();
        let mut in_string = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => in_string = !in_string,
                '\\' if in_string => {
                    chars.next();
                }
                '/' if !in_string && chars.peek() == Some(&'/') => break,
                _ if !in_string => kept.push(c),
                _ => {}
            }
        }
        out.push_str(&kept);
        out.push('\n');
    }
    out
}

/// Every module path the code names from `crate::` or `super::`, groups expanded:
/// `use crate::domain::{pay::Money, sources}` names `domain::pay::Money` and `domain::sources`.
fn named_paths(file: &SourceFile) -> Vec<Vec<String>> {
    let code = file.code.as_bytes();
    let mut paths = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let starts_word = i == 0 || !(code[i - 1].is_ascii_alphanumeric() || code[i - 1] == b'_');
        let rest = &code[i..];
        if starts_word && rest.starts_with(b"pub use ") {
            // A re-export is no dependency of this file: `reexports` follows it to the file that
            // defines the item.
            i += file.code[i..].find(';').unwrap_or(0) + 1;
        } else if starts_word && (rest.starts_with(b"crate::") || rest.starts_with(b"super::")) {
            let (base, after) = if rest.starts_with(b"crate::") {
                (Vec::new(), i + "crate::".len())
            } else {
                let mut base = file.module.clone();
                let mut at = i;
                while code[at..].starts_with(b"super::") {
                    base.pop();
                    at += "super::".len();
                }
                (base, at)
            };
            let end = use_tree(&file.code, after, base, &mut paths);
            i = end.max(i + 1);
        } else if starts_word && (i < 2 || &code[i - 2..i] != b"::") && relative_path(rest) {
            // `use child::Item` or `child::function()`: a path from this module down; one that
            // names no module of `src/` (`std::`, an outside crate, a type's `Kind::Title`)
            // lands in this file and is dropped.
            let end = use_tree(&file.code, i, file.module.clone(), &mut paths);
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    paths
}

/// Whether `code` starts with a lower-case name and `::`, as a path to a module does.
fn relative_path(code: &[u8]) -> bool {
    let name = code
        .iter()
        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || **c == b'_')
        .count();
    name > 0 && code[..name][0].is_ascii_lowercase() && code[name..].starts_with(b"::")
}

/// Reads a path or a `{...}` group at `at` below `prefix`, pushing each full path; returns
/// where it ends.
fn use_tree(
    code: &str,
    mut at: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    let bytes = code.as_bytes();
    loop {
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        if at < bytes.len() && bytes[at] == b'{' {
            at += 1;
            loop {
                at = use_tree(code, at, prefix.clone(), out);
                while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                    at += 1;
                }
                match bytes.get(at) {
                    Some(b',') => at += 1,
                    Some(b'}') => return at + 1,
                    _ => return at,
                }
                while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                    at += 1;
                }
                if bytes.get(at) == Some(&b'}') {
                    return at + 1;
                }
            }
        }
        let start = at;
        while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'_') {
            at += 1;
        }
        let segment = &code[start..at];
        if !segment.is_empty() && segment != "self" {
            prefix.push(segment.to_string());
        }
        if bytes[at..].starts_with(b"::") {
            at += 2;
            continue;
        }
        if !prefix.is_empty() {
            out.push(prefix);
        }
        return at;
    }
}

/// The items a file re-exports (`pub use parse::Figure;`), by name, with their full paths.
fn reexports(file: &SourceFile) -> BTreeMap<String, Vec<String>> {
    let mut named = BTreeMap::new();
    for (at, _) in file.code.match_indices("pub use ") {
        let mut at = at + "pub use ".len();
        let mut base = file.module.clone();
        if file.code[at..].starts_with("crate::") {
            base.clear();
            at += "crate::".len();
        }
        while file.code[at..].starts_with("super::") {
            base.pop();
            at += "super::".len();
        }
        let mut paths = Vec::new();
        use_tree(&file.code, at, base, &mut paths);
        for path in paths {
            named.insert(path.last().cloned().unwrap_or_default(), path);
        }
    }
    named
}

/// The file a path lands in: the longest prefix that is a module of `src/`, followed through
/// that module's re-exports to the file that defines the item.
fn file_of(
    modules: &BTreeMap<Vec<String>, PathBuf>,
    reexported: &BTreeMap<Vec<String>, BTreeMap<String, Vec<String>>>,
    path: &[String],
    depth: usize,
) -> Option<PathBuf> {
    let n = (1..=path.len())
        .rev()
        .find(|&n| modules.contains_key(&path[..n]))?;
    if depth < 8
        && let Some(item) = path.get(n)
        && let Some(target) = reexported.get(&path[..n]).and_then(|r| r.get(item))
        && target.as_slice() != path
    {
        return file_of(modules, reexported, target, depth + 1);
    }
    modules.get(&path[..n]).cloned()
}

fn layer(module: &[String]) -> usize {
    LAYERS
        .iter()
        .position(|l| module.first().is_some_and(|m| m == l))
        .unwrap_or_else(|| panic!("src/{} is in no layer: add it to LAYERS", module.join("/")))
}

/// Each file and the files it imports.
fn import_graph() -> (Vec<SourceFile>, BTreeMap<PathBuf, BTreeSet<PathBuf>>) {
    let files = source_files();
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .iter()
        .map(|f| (f.module.clone(), f.path.clone()))
        .collect();
    let reexported: BTreeMap<Vec<String>, BTreeMap<String, Vec<String>>> = files
        .iter()
        .map(|f| (f.module.clone(), reexports(f)))
        .collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let imports: BTreeSet<PathBuf> = named_paths(file)
            .iter()
            .filter_map(|p| file_of(&modules, &reexported, p, 0))
            .filter(|p| *p != file.path)
            .collect();
        graph.insert(file.path.clone(), imports);
    }
    (files, graph)
}

fn module_of<'f>(files: &'f [SourceFile], path: &Path) -> &'f [String] {
    &files.iter().find(|f| f.path == path).unwrap().module
}

#[test]
fn the_reader_finds_the_imports_of_a_file() {
    let file = SourceFile {
        path: PathBuf::from("src/domain/profile/aspect.rs"),
        module: vec!["domain".into(), "profile".into(), "aspect".into()],
        code: without_comments(
            "use crate::domain::{pay::{Money, Real}, sources};\nuse super::records::Row; // crate::app\nlet x = \"crate::cli\"; crate::text::and_list(&[]);",
        ),
    };
    let named: Vec<String> = named_paths(&file).iter().map(|p| p.join("::")).collect();
    assert_eq!(
        named,
        [
            "domain::pay::Money",
            "domain::pay::Real",
            "domain::sources",
            "domain::profile::records::Row",
            "text::and_list",
        ]
    );
}

#[test]
fn no_module_imports_a_layer_above_it() {
    let (files, graph) = import_graph();
    let mut wrong = Vec::new();
    for (from, imports) in &graph {
        let from_layer = layer(module_of(&files, from));
        for to in imports {
            let to_layer = layer(module_of(&files, to));
            if to_layer < from_layer {
                wrong.push(format!(
                    "{} imports {} ({} is above {})",
                    from.display(),
                    to.display(),
                    LAYERS[to_layer],
                    LAYERS[from_layer]
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_command_imports_another_command() {
    let (files, graph) = import_graph();
    let mut wrong = Vec::new();
    for (from, imports) in &graph {
        let module = module_of(&files, from);
        if module.len() < 2 || module[0] != "commands" {
            continue;
        }
        for to in imports {
            let target = module_of(&files, to);
            if target.first().is_some_and(|m| m == "commands") && target.get(1) != module.get(1) {
                wrong.push(format!("{} imports {}", from.display(), to.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a command imports another command (move what they share to domain/):\n{}",
        wrong.join("\n")
    );
}

/// Circles allowed between files (a module's `mod.rs` and a child it delegates to, where the
/// child reads the parent's types while the parent calls the child): none now. A circle not
/// listed here fails the test; break it by giving the shared types a file of their own, as
/// `output/style.rs` and `wages/table.rs` do.
const KNOWN_CIRCLES: [&str; 0] = [];

#[test]
fn no_files_import_each_other_in_a_circle() {
    let (_, graph) = import_graph();
    let mut circles = Vec::new();
    // Depth-first from each file: a path back to where it started is a circle.
    for start in graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in &graph[&at] {
                if next == start {
                    let names: Vec<String> =
                        trail.iter().map(|p| p.display().to_string()).collect();
                    let circle = format!("{} → {}", names.join(" → "), start.display());
                    if !KNOWN_CIRCLES.contains(&circle.as_str()) {
                        circles.push(circle);
                    }
                } else if next > start && seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(
        circles.is_empty(),
        "files that import each other:\n{}",
        circles.join("\n")
    );
}

#[test]
fn every_source_file_says_what_it_is_for() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = source_files()
        .into_iter()
        .map(|f| f.path)
        .collect::<Vec<_>>();
    files.extend(["src/main.rs", "src/lib.rs", "build.rs"].map(PathBuf::from));
    let silent: Vec<String> = files
        .iter()
        .filter(|path| {
            let text = std::fs::read_to_string(root.join(path)).unwrap();
            !text.trim_start().starts_with("//!")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        silent.is_empty(),
        "files whose first comment does not say what they are for (start them with `//!`):\n{}",
        silent.join("\n")
    );
}

#[test]
fn memory_is_left_to_the_system_only_in_main() {
    let leaking: Vec<String> = source_files()
        .iter()
        .filter(|f| {
            ["mem::forget", "ManuallyDrop", "Box::leak"]
                .iter()
                .any(|w| f.code.contains(w))
        })
        .map(|f| f.path.display().to_string())
        .collect();
    assert!(
        leaking.is_empty(),
        "memory left unfreed outside src/main.rs, where other callers may use it:\n{}",
        leaking.join("\n")
    );
}

/// The most lines a source file of `src/` may have (issue 15: "about 500"): past it a file
/// holds more than one thing, and the seams it already has (request, domain step, view, JSON
/// shape, tests) say where to split it.
const MAX_LINES: usize = 520;

/// Files allowed over `MAX_LINES`: none now. The list only shrinks: a file listed here that has
/// come under the limit fails the test until it is taken off.
const TOO_LONG: [&str; 0] = [];

#[test]
fn no_source_file_is_too_long() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut wrong = Vec::new();
    for path in files {
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let lines = std::fs::read_to_string(&path).unwrap().lines().count();
        let listed = TOO_LONG.contains(&name.as_str());
        if lines > MAX_LINES && !listed {
            wrong.push(format!(
                "{name} has {lines} lines, more than {MAX_LINES}: split it along its seams"
            ));
        } else if lines <= MAX_LINES && listed {
            wrong.push(format!(
                "{name} has {lines} lines now: take it off TOO_LONG"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
