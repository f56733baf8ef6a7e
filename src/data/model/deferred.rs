//! A part of a record that most commands never read, kept in its compiled form until one does.
//!
//! The built-in records are compiled to postcard by build.rs and decoded when a command first
//! asks for their kind. Decoding a string means allocating and copying it, and two parts of the
//! records hold a third of all their strings while only a few commands read them: the skills'
//! terms (`fit`, `search`) and the credentials' routes (`eligible`, `plan`, `credentials`,
//! `compare`). In the compiled form such a part is its own postcard bytes, copied whole and
//! decoded the first time it is read; read from TOML or written as JSON it is the value itself.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::ser::{self, Serialize, Serializer};

/// A value decoded on first use from the bytes it was compiled to (see the module comment).
/// It reads as the value itself (`Deref`).
#[derive(Clone)]
pub struct Deferred<T> {
    value: OnceLock<T>,
    /// The value as postcard bytes, while it has not been decoded; empty once it has been.
    compiled: Box<[u8]>,
}

impl<T: DeserializeOwned> Deferred<T> {
    fn decoded(&self) -> &T {
        self.value.get_or_init(|| decode(&self.compiled))
    }
}

/// Decodes bytes that build.rs wrote from this very type in this very build. They decode unless
/// him was built wrongly: a bug, said as one (an internal error asking for a report), never an
/// empty value passed off as the data. `what` names them in that report.
pub fn decode_compiled<T: DeserializeOwned>(bytes: &[u8], what: impl FnOnce() -> String) -> T {
    postcard::from_bytes(bytes).unwrap_or_else(|err| {
        panic!(
            "the built-in {} do not decode ({err}); him was built wrongly",
            what()
        )
    })
}

fn decode<T: DeserializeOwned>(bytes: &[u8]) -> T {
    decode_compiled(bytes, || "parts of the records".to_string())
}

impl<T> From<T> for Deferred<T> {
    fn from(value: T) -> Deferred<T> {
        Deferred {
            value: OnceLock::from(value),
            compiled: Box::default(),
        }
    }
}

impl<T: Default> Default for Deferred<T> {
    fn default() -> Deferred<T> {
        T::default().into()
    }
}

impl<T: DeserializeOwned> Deref for Deferred<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.decoded()
    }
}

impl<T: DeserializeOwned> DerefMut for Deferred<T> {
    fn deref_mut(&mut self) -> &mut T {
        if self.value.get().is_none() {
            let value: T = decode(&self.compiled);
            self.value = OnceLock::from(value);
        }
        self.compiled = Box::default();
        match self.value.get_mut() {
            Some(value) => value,
            None => unreachable!("the value was set just above"),
        }
    }
}

/// `for path in &credential.paths`, as with the list itself.
impl<'a, T: DeserializeOwned> IntoIterator for &'a Deferred<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.decoded().iter()
    }
}

impl<'a, T: DeserializeOwned> IntoIterator for &'a mut Deferred<Vec<T>> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.deref_mut().iter_mut()
    }
}

impl<T: DeserializeOwned + PartialEq> PartialEq for Deferred<T> {
    fn eq(&self, other: &Deferred<T>) -> bool {
        **self == **other
    }
}

impl<T: DeserializeOwned + fmt::Debug> fmt::Debug for Deferred<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.decoded().fmt(f)
    }
}

impl<T: Serialize + DeserializeOwned> Serialize for Deferred<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            return self.decoded().serialize(serializer);
        }
        let bytes = postcard::to_allocvec(self.decoded()).map_err(ser::Error::custom)?;
        serializer.serialize_bytes(&bytes)
    }
}

impl<'de, T: DeserializeOwned> serde::Deserialize<'de> for Deferred<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Deferred<T>, D::Error> {
        if deserializer.is_human_readable() {
            return T::deserialize(deserializer).map(Deferred::from);
        }
        struct Bytes;
        impl Visitor<'_> for Bytes {
            type Value = Box<[u8]>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the compiled bytes of a record's part")
            }

            fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<Box<[u8]>, E> {
                Ok(bytes.into())
            }
        }
        let compiled = deserializer.deserialize_bytes(Bytes)?;
        Ok(Deferred {
            value: OnceLock::new(),
            compiled,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compiled_part_reads_back_as_the_value_it_was() {
        let parts: Vec<Deferred<Vec<String>>> = vec![
            vec!["SQL".to_string(), "Tableau".to_string()].into(),
            Vec::new().into(),
        ];
        let compiled = postcard::to_allocvec(&parts).unwrap();
        let mut read: Vec<Deferred<Vec<String>>> = postcard::from_bytes(&compiled).unwrap();
        assert_eq!(read, parts);
        assert_eq!(read[0].len(), 2);
        read[1].push("R".to_string());
        assert_eq!(*read[1], ["R"]);
    }

    #[test]
    fn as_text_a_part_is_its_value() {
        let part: Deferred<Vec<String>> = vec!["SQL".to_string()].into();
        assert_eq!(serde_json::to_string(&part).unwrap(), r#"["SQL"]"#);
        let read: Deferred<Vec<String>> = serde_json::from_str(r#"["SQL"]"#).unwrap();
        assert_eq!(read, part);
    }
}
