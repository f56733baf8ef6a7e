//! The JSON of `him compare`: the records compared, each row with every record's value, and
//! each list item with the ids of the records that have it.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::{CompareView, Row};
use crate::domain::profile::Value;

impl Serialize for CompareView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct EntityOut<'a> {
            id: &'a str,
            name: &'a str,
        }
        #[derive(Serialize)]
        struct ItemOut<'a> {
            value: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            id: Option<&'a str>,
            /// The ids of the compared records that have this item.
            #[serde(rename = "in")]
            holders: Vec<&'a str>,
            #[serde(skip_serializing_if = "std::ops::Not::not")]
            stale: bool,
        }
        struct RowOut<'a> {
            view: &'a CompareView<'a>,
            row: &'a Row,
        }
        impl Serialize for RowOut<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let ids = self.view.entity_ids();
                let holders = CompareView::holders(&self.row.values);
                let mut map = serializer.serialize_map(None)?;
                map.serialize_entry("aspect", &self.row.aspect)?;
                let mut values = serde_json::Map::new();
                let mut shared: Vec<&str> = Vec::new();
                for (i, value) in self.row.values.iter().enumerate() {
                    let json = match value {
                        None => serde_json::Value::Null,
                        Some(Value::List(items)) => {
                            let out: Vec<ItemOut<'_>> = items
                                .iter()
                                .map(|item| {
                                    let who: Vec<&str> = holders
                                        .get(item.key.as_str())
                                        .map(|h| h.iter().map(|&j| ids[j]).collect())
                                        .unwrap_or_default();
                                    if i == 0 && who.len() == ids.len() {
                                        shared.push(&item.text);
                                    }
                                    ItemOut {
                                        value: &item.text,
                                        id: item.id.as_deref(),
                                        holders: who,
                                        stale: item.stale,
                                    }
                                })
                                .collect();
                            serde_json::to_value(out).unwrap_or_default()
                        }
                        Some(other) => serde_json::to_value(other).unwrap_or_default(),
                    };
                    values.insert(ids[i].to_string(), json);
                }
                if self
                    .row
                    .values
                    .iter()
                    .any(|v| matches!(v, Some(Value::List(_))))
                {
                    map.serialize_entry("shared", &shared)?;
                }
                map.serialize_entry("values", &values)?;
                map.end()
            }
        }
        let ids = self.entity_ids();
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry("kind", self.kind.noun())?;
        map.serialize_entry(
            "entities",
            &self
                .entities
                .iter()
                .zip(&ids)
                .map(|(&e, id)| EntityOut {
                    id,
                    name: self.catalog.named(e).name(),
                })
                .collect::<Vec<_>>(),
        )?;
        map.serialize_entry(
            "rows",
            &self
                .rows
                .iter()
                .map(|row| RowOut { view: self, row })
                .collect::<Vec<_>>(),
        )?;
        map.serialize_entry("sources", &self.sources)?;
        map.serialize_entry("notes", &self.notes())?;
        map.end()
    }
}
