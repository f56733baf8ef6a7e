//! The data set compiled into the binary, so `him` works from any folder with no set-up.

use super::{Dataset, Kind};

macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name))
    };
}

/// Every built-in file, in the order the kinds are loaded (sources first: everything cites them).
pub const FILES: [(Kind, &str); 8] = [
    (Kind::Source, data_file!("sources.toml")),
    (Kind::Organization, data_file!("organizations.toml")),
    (Kind::Skill, data_file!("skills.toml")),
    (Kind::Field, data_file!("fields.toml")),
    (Kind::Specialization, data_file!("specializations.toml")),
    (Kind::Title, data_file!("titles.toml")),
    (Kind::Credential, data_file!("credentials.toml")),
    (Kind::Course, data_file!("courses.toml")),
];

/// The same records, converted to postcard by `build.rs`: a run on the built-in data decodes
/// these instead of parsing and checking the TOML (the tests check both forms agree).
const COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

/// The built-in records, decoded from their compiled form. They were checked when they were
/// written (the tests load every built-in file strictly), so they are not checked again here.
pub fn dataset() -> Dataset {
    let (sources, organizations, skills, fields, specializations, titles, credentials, courses) =
        postcard::from_bytes(COMPILED)
            // The bytes were written by build.rs from these very types in this very build, so
            // they always decode; a failure would be a bug in the build, caught by the tests.
            .unwrap_or_default();
    Dataset {
        sources,
        organizations,
        skills,
        fields,
        specializations,
        titles,
        credentials,
        courses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_form_holds_the_same_records_as_the_toml() {
        let files = super::super::gather(None).unwrap();
        let loaded = super::super::load(files);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        assert_eq!(dataset(), loaded.dataset);
        assert!(!dataset().titles.is_empty());
    }

    #[test]
    fn every_kind_has_its_file_in_order() {
        let kinds: Vec<Kind> = FILES.iter().map(|(kind, _)| *kind).collect();
        assert_eq!(kinds, Kind::ALL);
    }

    #[test]
    fn the_built_in_list_matches_the_data_folder() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
        let mut on_disk: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".toml"))
            .collect();
        on_disk.sort();
        let mut built_in: Vec<String> = Kind::ALL
            .iter()
            .map(|kind| kind.file_name().to_string())
            .collect();
        built_in.sort();
        assert_eq!(on_disk, built_in);
    }
}
