//! The values the data's paths name (disciplines, licenses), for the flags that take them.

use crate::catalog::Catalog;
use crate::data::model::EligibilityPath;

/// Every path of the data: routes, recommendations and ways to remove an apprentice mark.
fn all_paths(catalog: &Catalog) -> impl Iterator<Item = &EligibilityPath> {
    catalog.data.credentials().iter().flat_map(|c| {
        c.paths
            .iter()
            .chain(&c.recommended)
            .chain(c.apprentice.iter().flat_map(|a| &a.removals))
    })
}

/// The disciplines the data's paths name, each once, in the order of the data: the values
/// `--program` knows (it takes others too, for routes that list disciplines by example).
pub fn disciplines(catalog: &Catalog) -> Vec<&str> {
    distinct(catalog, |path| &path.programs)
}

/// The licenses the data's paths name, each once, in the order of the data: the values
/// `--license` accepts.
pub fn licenses(catalog: &Catalog) -> Vec<&str> {
    distinct(catalog, |path| &path.licenses_any)
}

fn distinct<'a>(
    catalog: &'a Catalog,
    values: impl Fn(&'a EligibilityPath) -> &'a Vec<String>,
) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for path in all_paths(catalog) {
        for value in values(path) {
            if !seen.contains(&value.as_str()) {
                seen.push(value);
            }
        }
    }
    seen
}
