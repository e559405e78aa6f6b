//! `wegweiser`: list, show, search, validate and export a directory of integration
//! services. One module per subcommand in `commands/`.
//!
//! With no `--dir`, every command works on the Spree-Neiße sample compiled into the binary.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod commands;
mod context;
mod failure;
mod output;

use commands::*;
use context::Global;
use failure::Failure;
use output::Out;

#[derive(Parser)]
#[command(
    name = "wegweiser",
    version,
    about = "A multilingual directory of integration services"
)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a directory and print every problem as FILE:LINE:COL: severity: message.
    Validate(validate::Args),
    /// List entities of one kind, with filters.
    List(list::Args),
    /// Show one entity: ID, or KIND:ID when an id is used by several kinds.
    Show(show::Args),
    /// Search services, measures, organizations and fields of action, in any language.
    Search(search::Args),
    /// Build the search index and save it, so that every command reuses it while the data
    /// is unchanged.
    Index(index::Args),
    /// Write a synthetic directory of any size in the sample's format, for benchmarks.
    Generate(generate::Args),
    /// Measure search relevance: recall@5 and MRR per language on a relevance set.
    Relevance(relevance::Args),
    /// Time index building and queries (natively), for scripts/bench-search.
    #[command(name = "bench-search", hide = true)]
    BenchSearch(bench_search::Args),
    /// Translation coverage per locale.
    #[command(name = "l10n-status")]
    L10nStatus(l10n_status::Args),
    /// Translation workflow: `l10n stamp` marks reviewed translations as current.
    #[command(subcommand)]
    L10n(l10n::Command),
    /// Write the whole directory in a format for machines (JSON, web bundle, HSDS).
    Export(export::Args),
    /// Make a directory folder of another system's data (HSDS 3.0 JSON or CSV).
    Import(import::Args),
    /// Print the JSON Schema of directory.toml.
    Schema,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(Failure(message, code)) => {
            // Messages quote ids and texts from data: never raw control characters.
            eprintln!("wegweiser: {}", wegweiser::printable(&message));
            ExitCode::from(code)
        }
    }
}

fn run(cli: &Cli) -> Result<ExitCode, Failure> {
    let out = &mut Out::stdout();
    let global = &cli.global;
    match &cli.command {
        Command::Validate(args) => validate::run(args, global, out),
        Command::List(args) => list::run(args, global, out),
        Command::Show(args) => show::run(args, global, out),
        Command::Search(args) => search::run(args, global, out),
        Command::Generate(args) => generate::run(args, out),
        Command::Index(args) => index::run(args, global, out),
        Command::Relevance(args) => relevance::run(args, global, out),
        Command::BenchSearch(args) => bench_search::run(args, global, out),
        Command::L10nStatus(args) => l10n_status::run(args, global, out),
        Command::L10n(command) => l10n::run(command, global, out),
        Command::Export(args) => export::run(args, global, out),
        Command::Import(args) => import::run(args, out),
        Command::Schema => schema::run(out),
    }
}
