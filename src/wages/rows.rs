//! The rows of one area of the wage table, as the table keeps them: read from CSV at once, or
//! left as the built-in table's packed bytes and decoded when a query first asks for the area
//! (the 34-byte rows `packed.rs` describes), with an index made when a lookup first needs one.

use std::cell::OnceCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::columns::{PACKED_ABOVE_TOP_CODE, PACKED_NOT_PUBLISHED, PACKED_NOT_RELEASED};
use super::figures::decimal;
use super::{Decimal, Estimate, Figure, Reason, Setting};

/// The bytes of one packed row.
pub(super) const ROW: usize = 34;

/// A row of an area: its occupation (an index into the table's occupations), setting and
/// figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Row {
    pub(super) occupation: u32,
    pub(super) setting: Setting,
    pub(super) estimate: Estimate,
}

/// An area's rows in the built-in table's bytes, with the work setting of each industry index.
type PackedRows = (&'static [u8], Rc<[Option<Setting>]>);

/// One area's rows, and an index of them made when a lookup first needs it.
#[derive(Debug)]
pub(super) struct AreaRows {
    count: usize,
    /// The built-in table's bytes for the area, and the work setting of each industry index:
    /// decoded on first use. `None` for rows read from CSV, which are `decoded` at once.
    packed: Option<PackedRows>,
    decoded: OnceCell<Vec<Row>>,
    /// The row of each (occupation, setting), for areas with many rows: a table of 70,000
    /// occupations is not scanned for each title.
    index: OnceCell<FxHashMap<(u32, Setting), u32>>,
}

/// Areas with at most this many rows are scanned rather than indexed: a state's twenty.
const SCANNED_ROWS: usize = 32;

impl AreaRows {
    pub(super) fn read(rows: Vec<Row>) -> AreaRows {
        AreaRows {
            count: rows.len(),
            packed: None,
            decoded: OnceCell::from(rows),
            index: OnceCell::new(),
        }
    }

    /// `count` rows in the built-in table's `bytes`, decoded on first use; `settings` gives the
    /// work setting of each industry index.
    pub(super) fn packed(
        count: usize,
        bytes: &'static [u8],
        settings: Rc<[Option<Setting>]>,
    ) -> AreaRows {
        AreaRows {
            count,
            packed: Some((bytes, settings)),
            decoded: OnceCell::new(),
            index: OnceCell::new(),
        }
    }

    pub(super) fn rows(&self) -> &[Row] {
        self.decoded.get_or_init(|| match &self.packed {
            Some((bytes, settings)) => decode(bytes, settings),
            None => Vec::new(),
        })
    }

    pub(super) fn len(&self) -> usize {
        self.count
    }

    /// The row of `occupation` in `setting`, if the area has one.
    pub(super) fn find(&self, occupation: u32, setting: Setting) -> Option<&Row> {
        let rows = self.rows();
        if rows.len() <= SCANNED_ROWS {
            return rows
                .iter()
                .find(|r| r.occupation == occupation && r.setting == setting);
        }
        let index = self.index.get_or_init(|| {
            let mut index = FxHashMap::default();
            for (i, row) in rows.iter().enumerate() {
                // The first of two rows for one occupation wins, as a scan would find it.
                index
                    .entry((row.occupation, row.setting))
                    .or_insert(u32::try_from(i).unwrap_or(u32::MAX));
            }
            index
        });
        index
            .get(&(occupation, setting))
            .and_then(|&i| rows.get(i as usize))
    }
}

fn figure(value: u32) -> Figure {
    match value {
        PACKED_NOT_RELEASED => Figure::Unpublished(Reason::NotReleased),
        PACKED_ABOVE_TOP_CODE => Figure::Unpublished(Reason::AboveTopCode),
        PACKED_NOT_PUBLISHED => Figure::Unpublished(Reason::NotPublished),
        v => Figure::Published(v),
    }
}

/// Decodes one area's packed rows; `settings` gives the work setting of each industry index.
fn decode(bytes: &[u8], settings: &[Option<Setting>]) -> Vec<Row> {
    bytes
        .chunks_exact(ROW)
        .filter_map(|row| {
            let setting = (*settings.get(usize::from(row[1]))?)?;
            let value = |slot: usize| {
                let at = 2 + slot * 4;
                figure(u32::from_le_bytes([
                    row[at],
                    row[at + 1],
                    row[at + 2],
                    row[at + 3],
                ]))
            };
            Some(Row {
                occupation: u32::from(row[0]),
                setting,
                estimate: Estimate {
                    employment: value(0),
                    p10: value(1),
                    p25: value(2),
                    median: value(3),
                    p75: value(4),
                    p90: value(5),
                    jobs_per_1000: decimal(value(6), Decimal::JOBS_PER_1000_PLACES),
                    location_quotient: decimal(value(7), Decimal::LOCATION_QUOTIENT_PLACES),
                },
            })
        })
        .collect()
}
