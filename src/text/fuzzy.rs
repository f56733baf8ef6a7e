//! Names close to what a person typed: the suggestions behind "did you mean ...?" and the
//! tolerance for a typo in a search.

use super::normalize_name;

/// How alike two normalized names are, or `None` when they are not alike enough to suggest.
pub fn similarity(query: &str, candidate: &str) -> Option<f64> {
    // A query four times longer than a name cannot score high enough to be suggested (its
    // Jaro similarity stays under 0.75 and its edit distance over a quarter of its length), so
    // it is not compared at all: a pasted paragraph is answered at once, not in a minute.
    if query.is_empty() || query.len() > 4 * candidate.len() + 16 {
        return None;
    }
    let score = strsim::jaro_winkler(query, candidate);
    // A typed prefix or a word of a longer name ("informat", "cahiim") is a strong hint.
    let contains = query.len() >= 3
        && (candidate.starts_with(query) || candidate.split(' ').any(|w| w == query));
    let allowed = (query.chars().count() / 4).max(1);
    // Names whose lengths differ by more than the edits allowed cannot be that close: the
    // distance is not worked out for them (most names, when the candidates are every word of
    // the data).
    let close_edit = query.chars().count().abs_diff(candidate.chars().count()) <= allowed
        && strsim::levenshtein(query, candidate) <= allowed;
    if contains || close_edit {
        Some(score.max(0.9))
    } else if score >= 0.88 {
        Some(score)
    } else {
        None
    }
}

/// Up to three records close to the normalized `query`, best first, by the name shown: each
/// record comes with the names it may be known by, and scores as its closest one.
pub fn nearest<'a, Names>(
    query: &str,
    records: impl Iterator<Item = (&'a str, Names)>,
) -> Vec<String>
where
    Names: Iterator<Item = &'a str>,
{
    nearest_by(query, records)
        .into_iter()
        .map(|(shown, _)| shown)
        .collect()
}

/// As `nearest`, with the name of each record that came closest: (shown, closest name).
pub fn nearest_by<'a, Names>(
    query: &str,
    records: impl Iterator<Item = (&'a str, Names)>,
) -> Vec<(String, String)>
where
    Names: Iterator<Item = &'a str>,
{
    let mut scored: Vec<(f64, &str, &str)> = records
        .filter_map(|(shown, names)| {
            names
                .filter_map(|name| similarity(query, &normalize_name(name)).map(|s| (s, name)))
                // The first of equally close names: the record's own name before its aliases.
                .fold(None, |best: Option<(f64, &str)>, (s, name)| match best {
                    Some((b, _)) if b >= s => best,
                    _ => Some((s, name)),
                })
                .map(|(score, name)| (score, shown, name))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(3)
        .map(|(_, shown, name)| (shown.to_string(), name.to_string()))
        .collect()
}

/// The candidate closest to `query`, if one is close enough to suggest.
pub fn closest<'a>(query: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let normal = normalize_name(query);
    candidates
        .filter_map(|c| similarity(&normal, &normalize_name(c)).map(|s| (s, c)))
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_ignores_what_is_too_far() {
        let ids = ["informatics", "him"];
        assert_eq!(
            closest("informatic", ids.iter().copied()),
            Some("informatics")
        );
        assert_eq!(closest("zzzzzz", ids.iter().copied()), None);
    }
}
