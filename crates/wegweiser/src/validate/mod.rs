//! Checks across the whole directory, each concern in its file: `[directory]` itself
//! ([`metadata`]), [`ids`], [`references`], [`values`] (with the value [`checks`]
//! used elsewhere too) and the Fluent [`texts`] against the entities they belong to.

mod checker;
mod checks;
mod ids;
mod metadata;
mod references;
mod texts;
mod values;

pub(crate) use checker::Checker;
pub use checks::{check_email, check_url, normalize_phone};
