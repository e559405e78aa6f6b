//! `wegweiser search`: services, measures, organizations and fields of action, in any
//! language.

use std::io::{self, Write};
use std::process::ExitCode;

use wegweiser::{Directory, Kind, Locale, SearchRequest, UiArg};

use crate::context::{print_json, FilterArgs, Global, PlaceTimeArgs};
use crate::failure::Failure;
use crate::output::Out;

#[derive(clap::Args)]
pub struct Args {
    /// What to look for, with typos if need be ("Sprachkurs Grodk", "دورة لغة").
    query: String,
    /// Only this kind: service, measure, organization or field.
    #[arg(long)]
    kind: Option<String>,
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    place_time: PlaceTimeArgs,
    #[arg(long, default_value_t = 10)]
    limit: usize,
    #[arg(long)]
    json: bool,
}

pub fn run(args: &Args, global: &Global, out: &mut Out) -> Result<ExitCode, Failure> {
    let directory = global.open()?;
    let locale = global.locale(&directory)?;
    let request = SearchRequest {
        query: args.query.clone(),
        locales: vec![locale.primary().to_string()],
        kinds: args
            .kind
            .iter()
            .map(|k| k.parse::<Kind>())
            .collect::<Result<_, _>>()?,
        field: args.filter.field.clone(),
        municipality: args.filter.municipality.clone(),
        offered_in: args.filter.offered_in.clone(),
        open_at: args.place_time.open_at(),
        near: args.place_time.near.clone(),
        within_km: args.place_time.within_km()?,
        limit: args.limit,
        ..SearchRequest::default()
    };
    let results = directory.search(&request)?;
    global.warn_about_index(&directory);
    if args.json {
        print_json(out, &results)?;
    } else {
        search_results(out, &directory, &locale, &results)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Search hits, with matched words marked by «» (the JSON gives the ranges).
fn search_results(
    out: &mut impl Write,
    directory: &Directory,
    locale: &Locale,
    results: &wegweiser::SearchResults,
) -> io::Result<()> {
    for hit in &results.hits {
        let lang = if hit.title_locale != locale.primary().to_string() {
            format!(" [{}]", hit.title_locale)
        } else {
            String::new()
        };
        writeln!(out, "{}{lang}", mark(&hit.title, &hit.title_highlights))?;
        let distance = hit
            .distance
            .as_ref()
            .map(|d| format!(" · {d}"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {} · {} · {:.2}{distance}",
            directory.ui(locale, &hit.kind.label_id(), &[]).text,
            hit.id,
            hit.score
        )?;
        if !hit.snippet.is_empty() && hit.snippet != hit.title {
            writeln!(out, "  {}", mark(&hit.snippet, &hit.highlights))?;
        }
        writeln!(out)?;
    }
    let count = directory
        .ui(
            locale,
            "count-results",
            &[("count", UiArg::Number(results.total as f64))],
        )
        .text;
    writeln!(out, "{count}")
}

fn mark(text: &str, highlights: &[wegweiser::Highlight]) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if highlights.iter().any(|h| h.start == i) {
            out.push('«');
        }
        out.push(c);
        if highlights.iter().any(|h| h.end == i + 1) {
            out.push('»');
        }
    }
    out
}
