//! `him fit` without `--skills` on a terminal: the skills of the data, numbered, and one line
//! of names or numbers read back.

use std::io::{BufRead, Write};

use crate::catalog::Catalog;
use crate::error::{Failure, Result, UsageError};

/// Asks for the skills on a terminal: shows the skills of the data, numbered, and reads one
/// line of names or numbers separated by commas.
pub fn ask(
    catalog: &Catalog,
    input: &mut dyn BufRead,
    prompt: &mut dyn Write,
) -> Result<Vec<String>> {
    let skills = catalog.data.skills();
    let asked = |err| Failure::io("could not ask for your skills")(err);
    writeln!(prompt, "Skills in the data:").map_err(asked)?;
    let half = skills.len().div_ceil(2);
    let number_width = skills.len().to_string().len();
    let name_width = skills
        .iter()
        .take(half)
        .map(|s| s.name.chars().count())
        .max()
        .unwrap_or(0);
    for row in 0..half {
        let left = format!(
            "{:>number_width$}. {:<name_width$}",
            row + 1,
            skills[row].name
        );
        match skills.get(row + half) {
            Some(right) => writeln!(
                prompt,
                "  {left}  {:>number_width$}. {}",
                row + half + 1,
                right.name
            )
            .map_err(asked)?,
            None => writeln!(prompt, "  {}", left.trim_end()).map_err(asked)?,
        }
    }
    write!(
        prompt,
        "Your skills (names, synonyms or numbers, separated by commas): "
    )
    .map_err(asked)?;
    prompt.flush().map_err(asked)?;
    let mut answer = String::new();
    input
        .read_line(&mut answer)
        .map_err(Failure::io("could not read your answer"))?;
    let chosen: Vec<String> = answer
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| match s.parse::<usize>() {
            Ok(n) if (1..=skills.len()).contains(&n) => skills[n - 1].name.clone(),
            _ => s.to_string(),
        })
        .collect();
    if chosen.is_empty() {
        return Err(UsageError::new("no skills given")
            .with_hint("type skills separated by commas, or give them with --skills")
            .into());
    }
    Ok(chosen)
}
