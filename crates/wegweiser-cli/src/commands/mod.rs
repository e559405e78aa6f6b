//! One module per subcommand: its arguments and what it does.

pub mod bench_search;
pub mod export;
pub mod generate;
pub mod import;
pub mod index;
pub mod l10n;
pub mod l10n_status;
pub mod list;
pub mod relevance;
pub mod schema;
pub mod search;
pub mod show;
pub mod validate;
