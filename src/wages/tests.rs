//! The built-in tables read as BLS published them. Expected values are copied by hand from the
//! rows of data/oews-wages.csv and data/cpi-u-annual.csv named in each comment.

use super::load::{BUILTIN_PRICES, BUILTIN_WAGES};
use super::*;

fn table() -> WageTable {
    WageTable::parse(BUILTIN_WAGES, "data/oews-wages.csv").expect("the built-in wage table reads")
}

fn prices() -> PriceIndex {
    PriceIndex::parse(BUILTIN_PRICES, "data/cpi-u-annual.csv").expect("the built-in CPI reads")
}

fn area(table: &WageTable, query: &str) -> AreaId {
    table
        .resolve_area(&[], query)
        .map(|resolved| resolved.id)
        .unwrap_or_else(|e| panic!("{query}: {e:?}"))
}

#[test]
fn the_built_in_table_has_every_row_and_names_its_source() {
    let table = table();
    // 9,217 rows in the BLS extract: 193 national, 1,048 state, 7,976 metro.
    assert_eq!(table.len(), 9217);
    assert_eq!(table.occupations().len(), 20);
    assert_eq!(table.source, "bls-oews-2025");
    assert_eq!(prices().source, "bls-cpi-u");
}

#[test]
fn national_state_metro_and_setting_figures_are_the_csv_values() {
    let table = table();
    let national = table.national().unwrap();
    // 11-9111,...,national,0000000,National,000000,,597080,73390,...,123860,...,224340
    let managers = table.estimate("11-9111", national, Setting::All).unwrap();
    assert_eq!(managers.median, Figure::Published(123_860));
    assert_eq!(managers.p10, Figure::Published(73_390));
    assert_eq!(managers.p90, Figure::Published(224_340));
    assert_eq!(managers.employment, Figure::Published(597_080));
    // 15-1211,...,state,1700000,Illinois,000000,,20610,60770,80350,101570,128030,144790
    let illinois = table
        .estimate("15-1211", area(&table, "Illinois"), Setting::All)
        .unwrap();
    assert_eq!(illinois.p10, Figure::Published(60_770));
    assert_eq!(illinois.median, Figure::Published(101_570));
    assert_eq!(illinois.p90, Figure::Published(144_790));
    // 11-9111,...,metro,0016980,"Chicago-Naperville-Elgin, IL-IN",000000,,16680,77120,97010,123090,168030,226080
    let chicago = table
        .estimate("11-9111", area(&table, "chicago"), Setting::All)
        .unwrap();
    assert_eq!(chicago.median, Figure::Published(123_090));
    assert_eq!(chicago.p25, Figure::Published(97_010));
    // 29-9021,...,national,0000000,National,622000,,18930,40450,48740,67480,98260,119790
    let hospitals = table
        .estimate("29-9021", national, Setting::Hospitals)
        .unwrap();
    assert_eq!(hospitals.median, Figure::Published(67_480));
    assert_eq!(hospitals.p75, Figure::Published(98_260));
}

#[test]
fn footnoted_cells_say_why_they_are_missing() {
    let table = table();
    // 15-1211,...,West Virginia,000000,annual_p10=8;...;annual_p90=8,1030,-,-,-,-,-
    let wv = table
        .estimate("15-1211", area(&table, "wv"), Setting::All)
        .unwrap();
    assert_eq!(wv.employment, Figure::Published(1030));
    assert_eq!(wv.median, Figure::Unpublished(Reason::NotReleased));
    // 29-9021,...,Arkansas,000000,employment=8,-,49590,...
    let arkansas = table
        .estimate("29-9021", area(&table, "arkansas"), Setting::All)
        .unwrap();
    assert_eq!(
        arkansas.employment,
        Figure::Unpublished(Reason::NotReleased)
    );
    assert_eq!(arkansas.p10, Figure::Published(49_590));
    // 11-1011,...,Eastern Ohio nonmetropolitan area,000000,annual_p90=5,90,84630,...,374190,-
    let ohio = table
        .estimate(
            "11-1011",
            area(&table, "eastern ohio nonmetropolitan"),
            Setting::All,
        )
        .unwrap();
    assert_eq!(ohio.p75, Figure::Published(374_190));
    assert_eq!(ohio.p90, Figure::Unpublished(Reason::AboveTopCode));
    assert_eq!(
        Reason::AboveTopCode.label(),
        "not published (above BLS's top code)"
    );
    // No row at all: Pediatricians are not published for insurance carriers.
    let national = table.national().unwrap();
    assert!(
        table
            .estimate("29-1221", national, Setting::Insurance)
            .is_none()
    );
}

#[test]
fn exact_states_win_over_metro_fragments() {
    let table = table();
    let name = |query: &str| table.area(area(&table, query)).name.clone();
    assert_eq!(name("il"), "Illinois");
    assert_eq!(name("IL"), "Illinois");
    assert_eq!(name("washington"), "Washington");
    assert_eq!(name("new york"), "New York");
    assert_eq!(name("chicago"), "Chicago-Naperville-Elgin, IL-IN");
    assert_eq!(name("naperville"), "Chicago-Naperville-Elgin, IL-IN");
    assert_eq!(name("Springfield, IL"), "Springfield, IL");
    assert_eq!(name("16980"), "Chicago-Naperville-Elgin, IL-IN");
    assert_eq!(name("1700000"), "Illinois");
    assert_eq!(
        table.area(area(&table, "national")).label(),
        "United States"
    );
    assert_eq!(table.area(area(&table, "USA")).kind, AreaKind::National);
}

#[test]
fn fragments_of_several_names_and_unknown_names_are_explained() {
    let table = table();
    let Err(AreaQueryError::Ambiguous { matches, by_city }) =
        table.resolve_area(&[], "springfield")
    else {
        panic!("springfield names several metro areas");
    };
    assert!(by_city);
    let matches: Vec<&str> = matches.iter().map(|&id| &*table.area(id).name).collect();
    assert_eq!(
        matches,
        [
            "Eugene-Springfield, OR",
            "Springfield, IL",
            "Springfield, MA",
            "Springfield, MO",
            "Springfield, OH"
        ]
    );
    let Err(AreaQueryError::Unknown { suggestions }) = table.resolve_area(&[], "chicgo") else {
        panic!("chicgo names nothing");
    };
    assert_eq!(suggestions[0], "Chicago-Naperville-Elgin, IL-IN");
    assert_eq!(table.resolve_area(&[], "  "), Err(AreaQueryError::Empty));
}

#[test]
fn converts_dollars_with_annual_averages() {
    let prices = prices();
    // 2020,258.811 and 2025,321.943: 64,000 × 321.943 / 258.811 = 79,611.8.
    assert_eq!(prices.convert(64_000, 2020, 2025), Ok(79_612));
    assert_eq!(prices.convert(105_850, 2025, 2025), Ok(105_850));
    assert_eq!(
        prices.convert(1, 2026, 2025),
        Err(Unconvertible::NoIndex(2026))
    );
    assert_eq!(prices.years(), "1990-2025");
}

#[test]
fn a_conversion_beyond_any_figure_is_refused_not_clamped() {
    let text = "# source: bls-cpi-u\nyear,annual_average\n2020,0.0001\n2025,321.943\n2024,1e-320\n";
    let prices = PriceIndex::parse(text, "cpi-u-annual.csv").unwrap();
    for (amount, from) in [(64_000, 2020), (1, 2024)] {
        assert!(matches!(
            prices.convert(amount, from, 2025),
            Err(Unconvertible::TooLarge { .. })
        ));
    }
    // The largest figure converts when the index allows it, and goes the other way too.
    assert_eq!(prices.convert(u32::MAX, 2025, 2020), Ok(1_334));
}

#[test]
fn problems_are_reported_with_line_and_column() {
    let text = "# source: bls-oews-2025\n\
soc_code,occupation,area_type,area_code,area_name,industry_code,footnotes,employment,annual_p10,annual_p25,annual_median,annual_p75,annual_p90\n\
15-1211,Computer Systems Analysts,national,0000000,National,000000,,10,1,2,3x,4,5\n\
15-1211,Computer Systems Analysts,state,1700000,Illinois,622000,,10,1,2,3,4,5\n\
15-1211,Computer Systems Analysts,state,1700000,Illinois,000000,annual_p90=7,10,1,2,3,4,-\n";
    let problems = WageTable::parse(text, "my/oews-wages.csv").unwrap_err();
    let shown: Vec<String> = problems
        .iter()
        .map(|d| format!("{}: {}", d.location(), d.message))
        .collect();
    assert_eq!(
        shown,
        [
            "my/oews-wages.csv:3:76: `3x` is not a whole number (annual dollars or a count, without separators), or `-`",
            "my/oews-wages.csv:4:58: figures by industry are read for the nation only",
            "my/oews-wages.csv:5:65: cannot read the footnote `annual_p90=7`",
        ]
    );
}

#[test]
fn a_table_must_name_its_source_and_columns() {
    let problems = WageTable::parse("soc_code\n", "w.csv").unwrap_err();
    assert!(
        problems[0]
            .message
            .contains("does not say where its figures come from")
    );
    assert!(
        problems[1]
            .message
            .contains("lacks the column(s) occupation")
    );
    let problems = PriceIndex::parse(
        "# source: bls-cpi-u\nyear,annual_average\n2020,x\n",
        "p.csv",
    )
    .unwrap_err();
    assert_eq!(problems[0].location(), "p.csv:3:6");
}

#[test]
fn the_data_folder_holds_exactly_the_two_tables() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut on_disk: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".csv"))
        .collect();
    on_disk.sort();
    assert_eq!(on_disk, [PRICES_FILE, WAGES_FILE]);
}

#[test]
fn the_national_rows_read_alone_are_the_same_figures() {
    let whole = table();
    let national = WageTable::parse_national(BUILTIN_WAGES, "data/oews-wages.csv").unwrap();
    // 193 national rows: 20 occupations in all industries and 173 by industry.
    assert_eq!(national.len(), 193);
    assert_eq!(national.areas().count(), 1);
    let (n, w) = (national.national().unwrap(), whole.national().unwrap());
    for occupation in whole.occupations() {
        for setting in Setting::ALL {
            assert_eq!(
                national.estimate(&occupation.soc, n, setting),
                whole.estimate(&occupation.soc, w, setting),
                "{} {setting:?}",
                occupation.soc
            );
        }
    }
}

#[test]
fn national_rows_must_come_first() {
    let text = "# source: bls-oews-2025\n\
soc_code,occupation,area_type,area_code,area_name,industry_code,footnotes,employment,annual_p10,annual_p25,annual_median,annual_p75,annual_p90\n\
15-1211,Computer Systems Analysts,state,1700000,Illinois,000000,,10,1,2,3,4,5\n\
15-1211,Computer Systems Analysts,national,0000000,National,000000,,10,1,2,3,4,5\n";
    let problems = WageTable::parse(text, "w.csv").unwrap_err();
    assert_eq!(problems[0].location(), "w.csv:4:35");
    assert_eq!(
        problems[0].message,
        "a national row after rows of states or metro areas"
    );
}

#[test]
fn jobs_per_1000_and_location_quotients_are_the_csv_values() {
    let table = table();
    // 11-9111,...,state,1700000,Illinois,000000,,22460,...,227180,3.683,0.96
    let illinois = table
        .estimate("11-9111", area(&table, "il"), Setting::All)
        .unwrap();
    assert_eq!(illinois.jobs_per_1000.value().unwrap().to_string(), "3.683");
    assert_eq!(
        illinois.location_quotient.value().unwrap().to_string(),
        "0.96"
    );
    assert_eq!(illinois.location_quotient.value().unwrap().units(), 96);
    // 29-9021,...,Arkansas,000000,employment=8;jobs_per_1000=8;location_quotient=8,-,...,-,-
    let arkansas = table
        .estimate("29-9021", area(&table, "arkansas"), Setting::All)
        .unwrap();
    assert_eq!(
        arkansas.location_quotient,
        Figure::Unpublished(Reason::NotReleased)
    );
    // BLS gives neither for the nation: `-` without a footnote.
    let national = table
        .estimate("11-9111", table.national().unwrap(), Setting::All)
        .unwrap();
    assert_eq!(
        national.jobs_per_1000,
        Figure::Unpublished(Reason::NotPublished)
    );
}

#[test]
fn a_table_without_the_share_columns_reads_and_says_they_are_not_in_it() {
    // A table written before jobs_per_1000 and location_quotient were columns.
    let text = "# source: bls-oews-2025\n\
soc_code,occupation,area_type,area_code,area_name,industry_code,footnotes,employment,annual_p10,annual_p25,annual_median,annual_p75,annual_p90\n\
15-1211,Computer Systems Analysts,national,0000000,National,000000,,10,1,2,3,4,5\n\
15-1211,Computer Systems Analysts,state,1700000,Illinois,000000,,10,1,2,3,4,5\n";
    let table = WageTable::parse(text, "w.csv").unwrap();
    let illinois = table
        .estimate("15-1211", area(&table, "il"), Setting::All)
        .unwrap();
    assert_eq!(illinois.median, Figure::Published(3));
    assert_eq!(
        illinois.location_quotient,
        Figure::Unpublished(Reason::NotInFile)
    );
    assert_eq!(Reason::NotInFile.label(), "not in this file");
    // One of the two alone is read too; a row must match the header it has.
    let text = "# source: bls-oews-2025\n\
soc_code,occupation,area_type,area_code,area_name,industry_code,footnotes,employment,annual_p10,annual_p25,annual_median,annual_p75,annual_p90,location_quotient\n\
15-1211,Computer Systems Analysts,national,0000000,National,000000,,10,1,2,3,4,5,-\n\
15-1211,Computer Systems Analysts,state,1700000,Illinois,000000,,10,1,2,3,4,5,1.5\n\
15-1211,Computer Systems Analysts,state,0100000,Alabama,000000,,10,1,2,3,4,5\n";
    let problems = WageTable::parse(text, "w.csv").unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].message, "this row has 13 fields, the header 14");
    let fixed = text.replace(
        "Alabama,000000,,10,1,2,3,4,5\n",
        "Alabama,000000,,10,1,2,3,4,5,0.25\n",
    );
    let table = WageTable::parse(&fixed, "w.csv").unwrap();
    let illinois = table
        .estimate("15-1211", area(&table, "il"), Setting::All)
        .unwrap();
    assert_eq!(
        illinois.location_quotient.value().unwrap().to_string(),
        "1.50"
    );
    assert_eq!(
        illinois.jobs_per_1000,
        Figure::Unpublished(Reason::NotInFile)
    );
}

#[test]
fn a_share_with_more_places_than_bls_publishes_is_refused() {
    let text = "# source: bls-oews-2025\n\
soc_code,occupation,area_type,area_code,area_name,industry_code,footnotes,employment,annual_p10,annual_p25,annual_median,annual_p75,annual_p90,jobs_per_1000,location_quotient\n\
15-1211,Computer Systems Analysts,national,0000000,National,000000,,10,1,2,3,4,5,-,-\n\
15-1211,Computer Systems Analysts,state,1700000,Illinois,000000,,10,1,2,3,4,5,1.2345,1,05\n";
    let problems = WageTable::parse(text, "w.csv").unwrap_err();
    assert_eq!(
        problems[0].message, "this row has 16 fields, the header 15",
        "a comma in a figure is a field too many"
    );
    let text = text.replace("1.2345,1,05", "1.2345,1.05");
    let problems = WageTable::parse(&text, "w.csv").unwrap_err();
    assert_eq!(
        format!("{}: {}", problems[0].location(), problems[0].message),
        "w.csv:4:79: `1.2345` is not a number with at most 3 decimal places (as BLS publishes it), or `-`"
    );
}

#[test]
fn figures_read_in_units_of_their_last_place() {
    use super::columns::parse_figure;
    assert_eq!(parse_figure("22460", 0), Some(22_460));
    assert_eq!(parse_figure("0.542", 3), Some(542));
    assert_eq!(parse_figure("1.5", 2), Some(150));
    assert_eq!(parse_figure("2", 2), Some(200));
    for bad in ["1.5", "1.", ".5", "-1", "+1", "1,000", "", "4294967295"] {
        assert_eq!(parse_figure(bad, 0), None, "{bad}");
    }
    assert_eq!(parse_figure("0.5421", 3), None);
    assert_eq!(Decimal::new(5, 2).to_string(), "0.05");
    assert_eq!(Decimal::new(1234, 3).to_string(), "1.234");
    assert_eq!(Decimal::new(100, 2).to_f64(), 1.0);
}
