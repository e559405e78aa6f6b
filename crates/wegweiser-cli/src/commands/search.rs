//! `wegweiser search`: services, measures, organizations and fields of action, in any
//! language.

use std::io::{self, Write};
use std::process::ExitCode;

use wegweiser::{Directory, Kind, Locale, SearchRequest, UiArg};

use crate::context::{print_json, FilterArgs, Global};
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
    /// Only services one can walk into now (appointment-only hours do not count).
    #[arg(long, conflicts_with = "open_at")]
    open_now: bool,
    /// Only services open then: local time of the directory (2026-12-24T10:00) or RFC 3339.
    #[arg(long)]
    open_at: Option<String>,
    /// Nearest first, from a municipality (German or Sorbian name: Grodk) or a point
    /// (51.57,14.37).
    #[arg(long)]
    near: Option<String>,
    /// With --near: only within this distance (10km, 800m; a plain number is km).
    #[arg(long, requires = "near")]
    within: Option<String>,
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
        open_at: match (&args.open_at, args.open_now) {
            (Some(at), _) => Some(at.clone()),
            (None, true) => Some(jiff::Timestamp::now().to_string()),
            (None, false) => None,
        },
        near: args.near.clone(),
        within_km: args
            .within
            .as_deref()
            .map(|w| {
                wegweiser::geo::parse_radius_km(w).ok_or_else(|| {
                    wegweiser::Error::InvalidArgument(format!(
                        "--within `{w}` is not a distance: write 10km, 800m or 2.5"
                    ))
                })
            })
            .transpose()?,
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
