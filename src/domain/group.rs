//! Gathering items by a key, in the order they first appear.

use rustc_hash::FxHashMap;

/// `items` gathered by `key`: the groups in the order of their first items, the items of each
/// in their own order. Titles gathered by occupation code, for one: they share one set of
/// figures.
pub fn grouped<'a, T, K: Copy + Eq + std::hash::Hash>(
    items: impl IntoIterator<Item = &'a T>,
    key: impl Fn(&'a T) -> K,
) -> Vec<(K, Vec<&'a T>)> {
    let mut groups: Vec<(K, Vec<&'a T>)> = Vec::new();
    let mut index: FxHashMap<K, usize> = Default::default();
    for item in items {
        let k = key(item);
        let i = *index.entry(k).or_insert_with(|| {
            groups.push((k, Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(item);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_keep_the_order_of_their_first_items() {
        let titles = [
            ("a", "11-9111"),
            ("b", "29-9021"),
            ("c", "11-9111"),
            ("d", "15-1211"),
        ];
        let groups: Vec<(&str, Vec<&str>)> = grouped(&titles, |t| t.1)
            .into_iter()
            .map(|(code, group)| (code, group.iter().map(|t| t.0).collect()))
            .collect();
        assert_eq!(
            groups,
            [
                ("11-9111", vec!["a", "c"]),
                ("29-9021", vec!["b"]),
                ("15-1211", vec!["d"]),
            ]
        );
    }
}
