//! What every kind of record shares (`Named`): its id, name, abbreviation, aliases and the
//! words it is found by.

use super::*;

/// What every kind of record has: an id and the names a person may type for it.
pub trait Named {
    fn id(&self) -> &str;
    /// The name shown to a person.
    fn name(&self) -> &str;
    fn abbreviation(&self) -> Option<&str> {
        None
    }
    fn aliases(&self) -> &[String] {
        &[]
    }
    /// Names a record is also found by that are not its synonyms (a skill's terms).
    fn terms(&self) -> &[Terms] {
        &[]
    }
    /// Whether the name is also a name to find the record by. Sources are found by id only:
    /// two editions of one report share a title.
    fn found_by_name(&self) -> bool {
        true
    }
    /// "RHIA (Registered Health Information Administrator)" for records with an abbreviation,
    /// the name otherwise.
    fn label(&self) -> String {
        match self.abbreviation() {
            Some(abbreviation) if abbreviation != self.name() => {
                format!("{abbreviation} ({})", self.name())
            }
            _ => self.name().to_string(),
        }
    }
}

macro_rules! named {
    ($type:ty, name: $name:ident $(, abbreviation: $abbr:ident)? $(, aliases: $aliases:ident)? $(, terms: $terms:ident)? $(, by_name: $by_name:expr)?) => {
        impl Named for $type {
            fn id(&self) -> &str {
                &self.id
            }
            fn name(&self) -> &str {
                &self.$name
            }
            $(fn abbreviation(&self) -> Option<&str> {
                named!(@abbr self.$abbr)
            })?
            $(fn aliases(&self) -> &[String] {
                &self.$aliases
            })?
            $(fn terms(&self) -> &[Terms] {
                &self.$terms
            })?
            $(fn found_by_name(&self) -> bool {
                $by_name
            })?
        }
    };
    (@abbr $e:expr) => {
        AsAbbreviation::as_abbreviation(&$e)
    };
}

/// Lets `named!` accept both `String` and `Option<String>` abbreviations.
trait AsAbbreviation {
    fn as_abbreviation(&self) -> Option<&str>;
}

impl AsAbbreviation for String {
    fn as_abbreviation(&self) -> Option<&str> {
        Some(self)
    }
}

impl AsAbbreviation for Option<String> {
    fn as_abbreviation(&self) -> Option<&str> {
        self.as_deref()
    }
}

named!(Source, name: title, by_name: false);
named!(Organization, name: name, abbreviation: abbreviation, aliases: aliases);
named!(Skill, name: name, aliases: aliases, terms: terms);
named!(Field, name: name, abbreviation: abbreviation, aliases: aliases);
named!(Specialization, name: name, aliases: aliases);
named!(Title, name: name, aliases: aliases);
named!(Credential, name: name, abbreviation: abbreviation, aliases: aliases);
named!(Course, name: name, aliases: aliases);
named!(Occupation, name: name, by_name: false);
named!(AreaName, name: name, aliases: aliases);
named!(ExperienceKind, name: name, aliases: aliases);
