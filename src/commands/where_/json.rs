//! The ranking as JSON: each occupation's areas with every figure BLS publishes for them (and
//! why the others are missing), the areas left out and why, the source and the notes.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::view::unpublished;
use super::{AreaFigures, WhereView};
use crate::wages::ranking::Among;
use crate::wages::{Area, AreaKind, Reason};

/// An area as every part of the JSON names it: ranked, left out, or the state searched.
#[derive(Serialize)]
struct AreaOut<'a> {
    code: &'a str,
    name: &'a str,
    #[serde(rename = "type")]
    kind: AreaKind,
    kind_label: &'static str,
}

impl<'a> AreaOut<'a> {
    fn of(area: &'a Area) -> AreaOut<'a> {
        AreaOut {
            code: &area.code,
            name: area.label(),
            kind: area.kind,
            kind_label: area.kind_label(),
        }
    }
}

impl Serialize for AreaFigures {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = &self.estimate;
        let mut map = serializer.serialize_map(None)?;
        if self.rank > 0 {
            map.serialize_entry("rank", &self.rank)?;
        }
        map.serialize_entry("area", &AreaOut::of(&self.area))?;
        map.serialize_entry("employment", &e.employment.value())?;
        map.serialize_entry("jobs_per_1000", &e.jobs_per_1000.value())?;
        map.serialize_entry("location_quotient", &e.location_quotient.value())?;
        map.serialize_entry("median", &e.median.value())?;
        map.serialize_entry("p10", &e.p10.value())?;
        map.serialize_entry("p90", &e.p90.value())?;
        let missing: std::collections::BTreeMap<&str, Reason> =
            unpublished(e).into_iter().collect();
        if !missing.is_empty() {
            map.serialize_entry("unpublished", &missing)?;
        }
        map.end()
    }
}

impl Serialize for WhereView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct TitleOut<'a> {
            id: &'a str,
            name: &'a str,
        }
        #[derive(Serialize)]
        struct OccupationOut<'a> {
            soc: &'a str,
            name: &'a str,
            titles: Vec<TitleOut<'a>>,
            /// How many areas have the figure ranked; `areas` holds the first `top`.
            ranked: usize,
            areas: &'a [AreaFigures],
            #[serde(skip_serializing_if = "Option::is_none")]
            whole: Option<&'a AreaFigures>,
        }
        #[derive(Serialize)]
        struct LeftOutOut<'a> {
            soc: &'a str,
            reason: Reason,
            label: &'static str,
            count: usize,
            areas: Vec<AreaOut<'a>>,
        }
        #[derive(Serialize)]
        struct AmongOut<'a> {
            areas: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            state: Option<AreaOut<'a>>,
        }
        let occupations: Vec<OccupationOut<'_>> = self
            .occupations
            .iter()
            .map(|o| OccupationOut {
                soc: &o.soc,
                name: &o.name,
                titles: o
                    .titles
                    .iter()
                    .map(|(id, name)| TitleOut { id, name })
                    .collect(),
                ranked: o.ranked,
                areas: &o.areas,
                whole: o.whole.as_ref(),
            })
            .collect();
        let left_out: Vec<LeftOutOut<'_>> = self
            .occupations
            .iter()
            .flat_map(|o| {
                o.left_out.iter().map(|(reason, areas)| LeftOutOut {
                    soc: &o.soc,
                    reason: *reason,
                    label: reason.label(),
                    count: areas.len(),
                    areas: areas.iter().map(AreaOut::of).collect(),
                })
            })
            .collect();
        let among = AmongOut {
            areas: match self.among {
                Among::Metros => "metros",
                Among::States => "states",
                Among::MetrosOf(_) => "metros-of-state",
            },
            state: self.state.as_ref().map(AreaOut::of),
        };
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("subject", &self.subject)?;
        map.serialize_entry("by", self.by.id())?;
        map.serialize_entry("among", &among)?;
        map.serialize_entry("top", &self.top)?;
        map.serialize_entry("occupations", &occupations)?;
        map.serialize_entry("left_out", &left_out)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("notes", &self.notes())?;
        map.end()
    }
}
