//! Experience by kind: how years of a narrower kind count toward a broader one, and whether a
//! person has the years of a kind a route asks for, short of them, or has them only if their
//! experience is of that kind.

use super::applicant::Person;
use super::gaps::{Doubt, Gap, KindYears, Need, Unsure};
use crate::catalog::Catalog;
use crate::domain::rules;
use crate::text::and_list;

/// Experience of a kind whose years no source gives, as a plan has a person gain it: enough for
/// a route that asks for some, never said as a number of years, never counted as years given.
pub const SOME_YEARS: f64 = f64::MIN_POSITIVE;

/// The years a person has of experience `kind`: the years given for it, or, when more, the
/// years of the narrower kinds that count toward it, added up. An outpatient and an inpatient
/// year of CDI are two years of CDI; `cdi=3` with `outpatient-cdi=1` is three years of CDI, the
/// outpatient one among them.
pub fn years_of(catalog: &Catalog, person: &Person, kind: &str) -> f64 {
    fn total(catalog: &Catalog, person: &Person, kind: &str, depth: usize) -> f64 {
        let own = person.experience.get(kind).copied().unwrap_or(0.0);
        if depth == 0 {
            return own;
        }
        let narrower: f64 = catalog
            .data
            .experience()
            .iter()
            .filter(|k| k.counts_toward.as_deref() == Some(kind))
            .map(|k| total(catalog, person, &k.id, depth - 1))
            .sum();
        own.max(narrower)
    }
    // The data has no cycles (the loader refuses them); the depth bound makes sure of it.
    total(catalog, person, kind, catalog.data.experience().len())
}

/// The kinds that experience of `kind` counts toward, nearest first.
pub fn broader_kinds<'c>(catalog: &'c Catalog, kind: &str) -> Vec<&'c str> {
    let mut found: Vec<&str> = Vec::new();
    let mut current = catalog.experience_kind(kind);
    while let Some(broader) = current.and_then(|k| k.counts_toward.as_deref()) {
        if found.contains(&broader) || broader == kind {
            break;
        }
        found.push(broader);
        current = catalog.experience_kind(broader);
    }
    found
}

/// Whether experience of kind `narrow` counts toward `broad`.
pub fn counts_toward(catalog: &Catalog, narrow: &str, broad: &str) -> bool {
    narrow == broad || broader_kinds(catalog, narrow).contains(&broad)
}

/// Whether the person has `years` of experience of `kind` (`None`: some, however much): met,
/// met only if some of their experience is of that kind, or short.
pub(super) fn experience(
    catalog: &Catalog,
    person: &Person,
    kind: &str,
    years: Option<f64>,
    missing: &mut Vec<Gap>,
    to_confirm: &mut Vec<Unsure>,
) {
    let has = years_of(catalog, person, kind);
    let enough = |available: f64| match years {
        Some(needed) => available >= needed,
        None => available > 0.0,
    };
    if enough(has) {
        return;
    }
    let name = rules::experience_name(catalog, kind);
    // Years that may be of this kind: given for a broader kind it counts toward (`cdi=2` may
    // be outpatient; `inpatient-cdi=2` may not), or of a kind not said. A broader kind's years
    // are taken as they are given, whatever narrower kinds are given beside them, so that
    // more years of any kind never make a route less possible.
    let broader: Vec<(&str, f64, f64)> = broader_kinds(catalog, kind)
        .into_iter()
        .filter_map(|b| {
            let given = person.experience.get(b).copied().unwrap_or(0.0);
            (given > SOME_YEARS).then_some((b, given, given))
        })
        .collect();
    let unspecified = person.unspecified_years;
    let pool = has + broader.iter().map(|(_, free, _)| free).sum::<f64>() + unspecified;
    if enough(pool) && pool > has {
        let mut yours: Vec<String> = broader
            .iter()
            .map(|(b, _, given)| {
                format!(
                    "{} of {}",
                    rules::years_phrase(*given),
                    rules::experience_name(catalog, b)
                )
            })
            .collect();
        if unspecified > 0.0 {
            yours.push(format!(
                "{} (kind not said)",
                rules::years_phrase(unspecified)
            ));
        }
        let single = match (broader.as_slice(), unspecified > 0.0) {
            ([(_, _, given)], false) => *given == 1.0,
            ([], true) => unspecified == 1.0,
            _ => false,
        };
        let verb = if single { "is" } else { "are" };
        let words = match years {
            Some(needed) if needed - has < pool - has => format!(
                "met if {}{} of your {} {verb} in {name}",
                rules::years_number(needed - has),
                if has > 0.0 { " more" } else { "" },
                and_list(&yours)
            ),
            _ => format!("met if your {} {verb} in {name}", and_list(&yours)),
        };
        to_confirm.push(Unsure {
            doubt: Doubt::ExperienceKind {
                kind: kind.to_string(),
                years,
                from: broader.first().map(|(b, free, _)| KindYears {
                    kind: b.to_string(),
                    years: *free,
                }),
                unspecified_years: unspecified,
            },
            words,
        });
        return;
    }
    let not_counting: Vec<KindYears> = person
        .experience
        .iter()
        .filter(|(given, years)| {
            **years > SOME_YEARS
                && !counts_toward(catalog, given, kind)
                && !counts_toward(catalog, kind, given)
        })
        .map(|(given, years)| KindYears {
            kind: given.clone(),
            years: *years,
        })
        .collect();
    let short = years.map(|needed| (needed - has).max(0.0));
    let mut words = match (years, short) {
        (Some(needed), _) if has <= 0.0 => format!(
            "needs {} of experience in {name}",
            rules::years_phrase(needed)
        ),
        (Some(_), Some(short)) => {
            let short = rules::years_phrase(short);
            let (number, unit) = short.split_once(' ').unwrap_or((&short, "years"));
            format!("needs {number} more {unit} of experience in {name}")
        }
        _ => format!("needs experience in {name}"),
    };
    // Said once per path: a second kind of the same route would repeat it word for word.
    let told = missing.iter().any(
        |g| matches!(&g.need, Need::Experience { not_counting, .. } if !not_counting.is_empty()),
    );
    if !not_counting.is_empty() && !told {
        let yours: Vec<String> = not_counting
            .iter()
            .map(|k| {
                format!(
                    "{} of {}",
                    rules::years_phrase(k.years),
                    rules::experience_name(catalog, &k.kind)
                )
            })
            .collect();
        let verb = if yours.len() == 1 && not_counting[0].years == 1.0 {
            "does"
        } else {
            "do"
        };
        words.push_str(&format!(
            " (your {} {verb} not count toward it)",
            and_list(&yours)
        ));
    }
    missing.push(Gap {
        need: Need::Experience {
            kind: kind.to_string(),
            years,
            has,
            short,
            not_counting,
        },
        words,
    });
}
