//! The data set compiled into the binary, so `him` works from any folder with no set-up.

use super::{CompiledKinds, Dataset, Kind};

macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name))
    };
}

/// Every built-in file, in the order the kinds are loaded (sources first: everything cites them).
pub const FILES: [(Kind, &str); 11] = [
    (Kind::Source, data_file!("sources.toml")),
    (Kind::Organization, data_file!("organizations.toml")),
    (Kind::Skill, data_file!("skills.toml")),
    (Kind::Field, data_file!("fields.toml")),
    (Kind::Specialization, data_file!("specializations.toml")),
    (Kind::Title, data_file!("titles.toml")),
    (Kind::Credential, data_file!("credentials.toml")),
    (Kind::Course, data_file!("courses.toml")),
    (Kind::Occupation, data_file!("occupations.toml")),
    (Kind::Area, data_file!("areas.toml")),
    (Kind::Experience, data_file!("experience.toml")),
];

macro_rules! compiled {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".postcard"))
    };
}

/// The built-in records, from the postcard form `build.rs` wrote of the same files: a run on
/// the built-in data decodes the kinds it reads instead of parsing and checking the TOML. They
/// were checked when they were written (the tests load every built-in file strictly and check
/// both forms agree), so they are not checked again here.
pub fn dataset() -> Dataset {
    Dataset::compiled(CompiledKinds {
        sources: compiled!("sources"),
        organizations: compiled!("organizations"),
        skills: compiled!("skills"),
        fields: compiled!("fields"),
        specializations: compiled!("specializations"),
        titles: compiled!("titles"),
        credentials: compiled!("credentials"),
        courses: compiled!("courses"),
        occupations: compiled!("occupations"),
        areas: compiled!("areas"),
        experience: compiled!("experience"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
