//! Areas ranked by one of an occupation's figures: where its jobs are (employment), where they
//! are most concentrated (location quotient) or where it pays most (median). Plain data in (the
//! table, an occupation code, which areas, which figure), plain data out (the areas ranked, best
//! first, and those left out with why), so every command that ranks areas ranks them alike.
//!
//! An area without the figure the ranking needs is left out, never ranked as if it were zero:
//! a location quotient BLS did not release is not a low one.

use super::{AreaId, AreaKind, Estimate, Figure, Reason, Setting, WageTable, areas};

/// The figure areas are ranked by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum RankBy {
    /// Jobs: the occupation's employment in the area
    #[value(alias = "employment")]
    Jobs,
    /// Concentration: the location quotient, the occupation's share of the area's jobs over its
    /// share of the nation's
    #[value(alias = "lq", alias = "location-quotient")]
    Concentration,
    /// Pay: the median annual wage
    #[value(alias = "median", alias = "wage", alias = "wages")]
    Pay,
}

impl RankBy {
    /// The id on the command line and in JSON.
    pub fn id(self) -> &'static str {
        match self {
            RankBy::Jobs => "jobs",
            RankBy::Concentration => "concentration",
            RankBy::Pay => "pay",
        }
    }

    /// The figure ranked, as a whole number that orders it (a location quotient in hundredths),
    /// or why the area has none.
    pub fn key(self, estimate: &Estimate) -> Figure {
        match self {
            RankBy::Jobs => estimate.employment,
            RankBy::Pay => estimate.median,
            RankBy::Concentration => match estimate.location_quotient {
                Figure::Published(lq) => Figure::Published(lq.units()),
                Figure::Unpublished(reason) => Figure::Unpublished(reason),
            },
        }
    }
}

/// Which areas are ranked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Among {
    /// Every metro and nonmetropolitan area (BLS's areas within the states).
    Metros,
    /// The states, with the District of Columbia and the territories.
    States,
    /// The metro and nonmetropolitan areas of one state: those whose name lists the state, so a
    /// metro area across a state line counts in each of its states.
    MetrosOf(AreaId),
}

/// An area ranked, with every figure of the occupation there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub area: AreaId,
    pub estimate: Estimate,
}

/// The areas left out for one reason: they lack the figure ranked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub reason: Reason,
    pub areas: Vec<AreaId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranking {
    /// Every area with the figure, best first; on a tie, more jobs first, then by name.
    pub ranked: Vec<Ranked>,
    /// The others, by reason: BLS's own reasons first, then a column the file lacks, then areas
    /// with no estimate at all.
    pub left_out: Vec<LeftOut>,
}

/// The order reasons are said in.
const REASON_ORDER: [Reason; 5] = [
    Reason::NotReleased,
    Reason::AboveTopCode,
    Reason::NotPublished,
    Reason::NotInFile,
    Reason::NoEstimate,
];

/// The areas `among` covers, in the table's order.
pub fn areas_among(table: &WageTable, among: Among) -> Vec<AreaId> {
    match among {
        Among::Metros => table
            .areas()
            .filter(|(_, a)| a.kind == AreaKind::Metro)
            .map(|(id, _)| id)
            .collect(),
        Among::States => table
            .areas()
            .filter(|(_, a)| a.kind == AreaKind::State)
            .map(|(id, _)| id)
            .collect(),
        Among::MetrosOf(state) => areas::metros_of(table, state),
    }
}

/// Ranks the areas `among` covers by `by`'s figure for occupation `soc` (all industries).
pub fn rank(table: &WageTable, soc: &str, among: Among, by: RankBy) -> Ranking {
    let mut ranked: Vec<(u32, u32, &str, Ranked)> = Vec::new();
    let mut left_out: Vec<LeftOut> = Vec::new();
    for id in areas_among(table, among) {
        let estimate = table
            .estimate(soc, id, Setting::All)
            .copied()
            .unwrap_or_else(Estimate::none);
        match by.key(&estimate) {
            Figure::Published(key) => {
                let jobs = estimate.employment.value().unwrap_or(0);
                let name = &*table.area(id).name;
                ranked.push((key, jobs, name, Ranked { area: id, estimate }));
            }
            Figure::Unpublished(reason) => match left_out.iter_mut().find(|l| l.reason == reason) {
                Some(group) => group.areas.push(id),
                None => left_out.push(LeftOut {
                    reason,
                    areas: vec![id],
                }),
            },
        }
    }
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    left_out.sort_by_key(|l| REASON_ORDER.iter().position(|r| *r == l.reason));
    Ranking {
        ranked: ranked.into_iter().map(|(_, _, _, r)| r).collect(),
        left_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> WageTable {
        WageTable::builtin()
    }

    fn names(table: &WageTable, ranking: &Ranking, n: usize) -> Vec<String> {
        ranking
            .ranked
            .iter()
            .take(n)
            .map(|r| table.area(r.area).name.to_string())
            .collect()
    }

    #[test]
    fn areas_rank_by_their_figure_and_never_count_a_missing_one_as_zero() {
        let table = table();
        let ranking = rank(&table, "29-9021", Among::States, RankBy::Jobs);
        // Every state with a published employment, most first.
        let jobs: Vec<u32> = ranking
            .ranked
            .iter()
            .map(|r| r.estimate.employment.value().unwrap())
            .collect();
        assert!(jobs.windows(2).all(|w| w[0] >= w[1]), "{jobs:?}");
        // 29-9021,...,Arkansas,000000,employment=8;...: left out as not released.
        let arkansas = table.resolve_area(&[], "arkansas").unwrap().id;
        assert!(ranking.ranked.iter().all(|r| r.area != arkansas));
        let not_released = &ranking.left_out[0];
        assert_eq!(not_released.reason, Reason::NotReleased);
        assert!(not_released.areas.contains(&arkansas));
        assert_eq!(
            ranking.ranked.len()
                + ranking
                    .left_out
                    .iter()
                    .map(|l| l.areas.len())
                    .sum::<usize>(),
            areas_among(&table, Among::States).len()
        );
    }

    #[test]
    fn concentration_ranks_by_location_quotient() {
        let table = table();
        let ranking = rank(&table, "11-9111", Among::Metros, RankBy::Concentration);
        let lq: Vec<u32> = ranking
            .ranked
            .iter()
            .map(|r| r.estimate.location_quotient.value().unwrap().units())
            .collect();
        assert!(lq.windows(2).all(|w| w[0] >= w[1]));
        assert!(
            ranking
                .ranked
                .iter()
                .all(|r| table.area(r.area).kind == AreaKind::Metro)
        );
    }

    #[test]
    fn the_metros_of_a_state_include_those_across_its_lines_and_its_nonmetro_areas() {
        let table = table();
        let illinois = table.resolve_area(&[], "il").unwrap().id;
        let ranking = rank(&table, "11-9111", Among::MetrosOf(illinois), RankBy::Jobs);
        let all = names(&table, &ranking, 100);
        assert_eq!(all[0], "Chicago-Naperville-Elgin, IL-IN");
        assert!(all.contains(&"St. Louis, MO-IL".to_string()), "{all:?}");
        assert!(
            all.contains(&"East Central Illinois nonmetropolitan area".to_string()),
            "{all:?}"
        );
        assert!(!all.iter().any(|n| n.contains("Indianapolis")), "{all:?}");
    }
}
