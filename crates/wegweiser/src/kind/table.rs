//! The one table of entity kinds and what it generates.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::*;

/// Entities that have an id.
pub trait HasId {
    fn id(&self) -> &str;
}

/// One reference from an entity to another, with the key it stands under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference<'a> {
    pub key: &'static str,
    /// Position in a list, for list-valued keys.
    pub index: Option<usize>,
    pub target: Kind,
    pub id: &'a str,
}

/// An entity of the model: it has an id and may refer to others (see `references.rs`).
pub trait Entity: HasId {
    /// Every reference this entity makes, in the order of its keys.
    fn references(&self) -> Vec<Reference<'_>> {
        Vec::new()
    }
}

/// Where the structure readers get each entity array from (see [`fill_arrays`]).
pub(crate) trait ArraySource {
    /// The entities of array `key` that could be read.
    fn read<T: serde::de::DeserializeOwned>(&mut self, key: &'static str) -> Vec<T>;
}

macro_rules! kinds {
    ($($kind:ident $name:literal $array:ident $ty:ident;)*) => {
        /// A kind of entity.
        ///
        /// Read from JSON as forgivingly as from the command line (`services`,
        /// `target_group`); written in kebab-case (`target-group`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "kebab-case", try_from = "String")]
        pub enum Kind {
            $($kind),*
        }

        impl Kind {
            /// Every kind, in the order of the arrays in `directory.toml`.
            pub const ALL: [Kind; 0 $(+ { stringify!($kind); 1 })*] = [$(Kind::$kind),*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$kind => $name),*
                }
            }

            /// The key of its array in `directory.toml`.
            pub fn array(self) -> &'static str {
                match self {
                    $(Kind::$kind => stringify!($array)),*
                }
            }
        }

        /// One entity of any kind, borrowed from the directory's data. Serializes as the
        /// entity itself.
        #[derive(Debug, Clone, Copy, Serialize)]
        #[serde(untagged)]
        pub enum EntityRef<'a> {
            $($kind(&'a $ty)),*
        }

        impl<'a> EntityRef<'a> {
            pub fn kind(&self) -> Kind {
                match self {
                    $(EntityRef::$kind(_) => Kind::$kind),*
                }
            }

            pub fn id(&self) -> &'a str {
                match self {
                    $(EntityRef::$kind(entity) => &entity.id),*
                }
            }

            /// Every reference this entity makes to others.
            pub fn references(&self) -> Vec<Reference<'a>> {
                match self {
                    $(EntityRef::$kind(entity) => Entity::references(*entity)),*
                }
            }
        }

        impl DirectoryData {
            /// Entity `index` (in file order) of `kind`.
            pub fn entity(&self, kind: Kind, index: usize) -> Option<EntityRef<'_>> {
                match kind {
                    $(Kind::$kind => self.$array.get(index).map(EntityRef::$kind)),*
                }
            }

            /// How many entities of `kind` there are.
            pub fn count(&self, kind: Kind) -> usize {
                match kind {
                    $(Kind::$kind => self.$array.len()),*
                }
            }
        }

        $(impl HasId for $ty {
            fn id(&self) -> &str {
                &self.id
            }
        })*

        /// The keys of the arrays of `directory.toml`, in file order: the entity arrays
        /// and `synonyms`.
        pub(crate) const ENTITY_ARRAYS: [&str; Kind::ALL.len() + 1] =
            [$(stringify!($array),)* "synonyms"];

        /// Fills every array of `data` from `source`, in file order.
        pub(crate) fn fill_arrays(data: &mut DirectoryData, source: &mut impl ArraySource) {
            $(data.$array = source.read(stringify!($array));)*
            data.synonyms = source.read("synonyms");
        }
    };
}

kinds! {
    Principle "principle" principles Principle;
    TargetGroup "target-group" target_groups TargetGroup;
    Field "field" fields FieldOfAction;
    Goal "goal" goals Goal;
    Recommendation "recommendation" recommendations Recommendation;
    Measure "measure" measures Measure;
    Municipality "municipality" municipalities Municipality;
    Organization "organization" organizations Organization;
    Location "location" locations Location;
    Contact "contact" contacts Contact;
    Service "service" services Service;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_matches_serde_and_the_model() {
        for kind in Kind::ALL {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json, kind.as_str(), "serde and as_str agree");
            assert_eq!(serde_json::from_value::<Kind>(json).unwrap(), kind);
        }
        let plural: Kind = serde_json::from_str("\"target_groups\"").unwrap();
        assert_eq!(plural, Kind::TargetGroup);
        let error = serde_json::from_str::<Kind>("\"spaceship\"").unwrap_err();
        assert!(
            error.to_string().contains("unknown kind `spaceship`"),
            "{error}"
        );
        let schema = serde_json::to_value(schemars::schema_for!(DirectoryData)).unwrap();
        let properties = schema["properties"].as_object().unwrap();
        for array in ENTITY_ARRAYS {
            assert!(
                properties.contains_key(array),
                "{array} is a key of directory.toml"
            );
        }
        assert_eq!(properties.len(), ENTITY_ARRAYS.len() + 1, "and `directory`");
    }
}
