//! Checks across the whole directory, each concern in its file: `[directory]` itself
//! ([`metadata`]), [`ids`], [`references`], [`values`] (with the value [`checks`]
//! used elsewhere too), the Fluent [`texts`] against the entities they belong to and
//! their [`fluent_references`], and the [`safety`] of every text a reader will see.

mod checker;
mod checks;
mod fluent_references;
mod hours;
mod ids;
mod metadata;
mod references;
mod safety;
mod texts;
mod values;

pub(crate) use checker::Checker;
pub use checks::{check_email, check_url, normalize_phone, MAX_URL_CHARS};
pub use fluent_references::MAX_REFERENCE_DEPTH;
pub use safety::MAX_VALUE_CHARS;
#[cfg(feature = "hsds")]
pub(crate) use values::is_postal_code;
