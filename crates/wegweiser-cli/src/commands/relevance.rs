//! `wegweiser relevance`: recall@5 and MRR per language on a relevance set.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::context::{print_json, Global};
use crate::failure::Failure;
use crate::output::{table, Out};

#[derive(clap::Args)]
pub struct Args {
    /// The relevance set (TOML `[[queries]]`).
    #[arg(long, default_value = "crates/wegweiser/tests/relevance/queries.toml")]
    set: PathBuf,
    /// Score these rankings (JSON: one array of ids per query) instead of wegweiser's.
    #[arg(long)]
    rankings: Option<PathBuf>,
    /// List the queries whose expected hit is not in the top 5.
    #[arg(long)]
    misses: bool,
    /// Print the relevance set itself as JSON (for other engines) and stop.
    #[arg(long)]
    queries_json: bool,
    #[arg(long)]
    json: bool,
}

/// Reads a file named on the command line.
pub fn read(path: &Path) -> Result<String, Failure> {
    Ok(wegweiser::read_text_file(path)?)
}

pub fn run(args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let set = wegweiser::RelevanceSet::from_toml(&read(&args.set)?)?;
    if args.queries_json {
        writeln!(
            out,
            "{}",
            serde_json::to_string(&set.queries).unwrap_or_default()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let report = match &args.rankings {
        Some(file) => {
            let rankings: Vec<Vec<String>> = serde_json::from_str(&read(file)?)
                .map_err(|e| Failure(format!("{}: {e}", file.display()), 2))?;
            wegweiser::search::relevance::score(&set, &rankings)
        }
        None => global.open()?.evaluate_relevance(&set)?,
    };
    if args.json {
        print_json(out, &report)?;
    } else {
        relevance(out, &report, args.misses)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The relevance table: queries, recall@5 and MRR per language and overall.
fn relevance(
    out: &mut impl Write,
    report: &wegweiser::RelevanceReport,
    misses: bool,
) -> io::Result<()> {
    let row = |name: &str, s: &wegweiser::search::relevance::Score| {
        vec![
            name.to_owned(),
            s.queries.to_string(),
            format!("{:.3}", s.recall_at_5),
            format!("{:.3}", s.mrr),
        ]
    };
    let mut rows: Vec<Vec<String>> = report
        .by_language
        .iter()
        .map(|(lang, s)| row(lang, s))
        .collect();
    rows.push(row("all", &report.overall));
    let header = ["language", "queries", "recall@5", "MRR"].map(String::from);
    table(out, &header, &rows, &[false, true, true, true])?;
    if misses {
        writeln!(out)?;
        for miss in &report.misses {
            writeln!(
                out,
                "[{}] {:?}: expected {:?}, got {:?}",
                miss.lang, miss.query, miss.expected, miss.top
            )?;
        }
    }
    Ok(())
}
