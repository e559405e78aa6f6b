//! Terminal output: aligned tables and the `show` view.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;
use wegweiser::{Directory, Kind, Locale, LocalizedText, UiArg};

/// Standard output that treats a closed pipe (`wegweiser list … | head`) as success.
pub struct Out {
    inner: io::BufWriter<io::Stdout>,
}

impl Out {
    pub fn stdout() -> Out {
        Out {
            inner: io::BufWriter::new(io::stdout()),
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.inner.write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.inner.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
            other => other,
        }
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// A text, followed by `[de]` when it fell back to another locale than the one shown.
pub fn marked(text: &LocalizedText, locale: &Locale) -> String {
    if text.fallback && text.locale != locale.primary().to_string() && text.locale != "und" {
        format!("{} [{}]", text.text, text.locale)
    } else {
        text.text.clone()
    }
}

/// Prints rows as aligned columns. `right` says which columns align right.
pub fn table(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
    right: &[bool],
) -> io::Result<()> {
    let columns = header
        .len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let mut widths = vec![0; columns];
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let mut print = |row: &[String]| -> io::Result<()> {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[i] - cell.width());
            if i > 0 {
                line.push_str("  ");
            }
            if right.get(i).copied().unwrap_or(false) {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if i + 1 < row.len() {
                    line.push_str(&pad);
                }
            }
        }
        writeln!(out, "{}", line.trim_end())
    };
    if !header.is_empty() {
        print(header)?;
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        print(&rule)?;
    }
    for row in rows {
        print(row)?;
    }
    Ok(())
}

/// The human-readable view of one entity.
pub fn show(
    out: &mut impl Write,
    directory: &Directory,
    locale: &Locale,
    kind: Kind,
    index: usize,
) -> io::Result<()> {
    let label = |id: &str| directory.ui(locale, id, &[]).text;
    let data = directory.data();
    let id = wegweiser::references(data, kind, index); // references of this entity
    let entity_id = entity_id(directory, kind, index);
    let texts = directory.texts(locale, kind, &entity_id);
    let title = texts
        .get("name")
        .map(|t| marked(t, locale))
        .unwrap_or_else(|| entity_id.clone());
    writeln!(out, "{title}")?;
    writeln!(out, "{} · {}", label(&kind.label_id()), entity_id)?;
    writeln!(out)?;
    let line = |out: &mut dyn Write, key: &str, value: String| -> io::Result<()> {
        if value.is_empty() {
            return Ok(());
        }
        writeln!(out, "{}: {value}", label(key))
    };
    let text = |attribute: &str| {
        texts
            .get(attribute)
            .map(|t| marked(t, locale))
            .unwrap_or_default()
    };
    if let Some(description) = texts.get("description") {
        writeln!(out, "{}\n", marked(description, locale))?;
    }
    let names = |key: &str| -> String {
        id.iter()
            .filter(|r| r.key == key)
            .map(|r| directory.name(locale, r.target, r.id).text)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let languages = |tags: &[String]| {
        tags.iter()
            .map(|t| directory.language_name(t))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match kind {
        Kind::Service => {
            let service = &data.services[index];
            line(out, "label-provider", names("provider"))?;
            line(out, "label-fields", names("fields"))?;
            line(out, "label-target-groups", names("target_groups"))?;
            line(out, "label-languages", languages(&service.languages))?;
            line(out, "label-eligibility", text("eligibility"))?;
            if let Some(cost) = service.cost {
                let value = label(if cost.free { "cost-free" } else { "cost-paid" });
                let note = text("cost-note");
                line(
                    out,
                    "label-cost",
                    if note.is_empty() {
                        value
                    } else {
                        format!("{value} – {note}")
                    },
                )?;
            }
            if let Some(appointment) = service.appointment {
                let value = directory.format_appointment(locale, appointment).text;
                let note = text("appointment-note");
                line(
                    out,
                    "label-appointment",
                    if note.is_empty() {
                        value
                    } else {
                        format!("{value} – {note}")
                    },
                )?;
            }
            for hours in &service.opening_hours {
                line(
                    out,
                    "label-opening-hours",
                    directory.format_hours(locale, hours),
                )?;
            }
            line(out, "label-opening-hours", text("hours-note"))?;
            for location in &service.locations {
                if let Ok(location) = directory.location(location) {
                    line(out, "label-address", address(directory, locale, location))?;
                }
            }
            let step_free = directory.format_step_free(locale, service.step_free).text;
            let note = text("accessibility-note");
            line(
                out,
                "label-accessibility",
                if note.is_empty() {
                    step_free
                } else {
                    format!("{step_free} – {note}")
                },
            )?;
            line(
                out,
                "label-website",
                service.website.clone().unwrap_or_default(),
            )?;
            for contact in &service.contacts {
                if let Ok(contact) = directory.contact(contact) {
                    let role = directory.name(locale, Kind::Contact, &contact.id).text;
                    let reach: Vec<String> = contact
                        .phones
                        .iter()
                        .cloned()
                        .chain(contact.email.clone())
                        .collect();
                    line(
                        out,
                        "label-contacts",
                        format!("{role} ({})", reach.join(", ")),
                    )?;
                }
            }
            line(out, "label-keywords", text("keywords"))?;
            line(
                out,
                "label-last-reviewed",
                service
                    .last_reviewed
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            )?;
        }
        Kind::Measure => {
            let measure = &data.measures[index];
            line(out, "label-fields", names("field"))?;
            line(
                out,
                "label-status",
                directory.format_status(locale, measure.status).text,
            )?;
            if let Some(frame) = &measure.time_frame {
                line(
                    out,
                    "label-time-frame",
                    directory.format_time_frame(locale, frame),
                )?;
            }
            line(out, "label-time-frame", text("time-frame-note"))?;
            line(out, "label-goals", names("goals"))?;
            line(out, "label-recommendations", names("recommendations"))?;
            line(out, "label-responsible", {
                let mut all = vec![
                    names("responsible_contacts"),
                    names("responsible_organizations"),
                ];
                all.retain(|s| !s.is_empty());
                all.join("; ")
            })?;
            line(out, "label-partners", names("partners"))?;
            line(out, "label-services", names("services"))?;
        }
        Kind::Field => {
            let field = &data.fields[index];
            let goals: Vec<String> = data
                .goals
                .iter()
                .filter(|g| g.field == field.id)
                .map(|g| directory.name(locale, Kind::Goal, &g.id).text)
                .collect();
            let recommendations: Vec<String> = data
                .recommendations
                .iter()
                .filter(|r| r.field == field.id)
                .map(|r| directory.name(locale, Kind::Recommendation, &r.id).text)
                .collect();
            let measures: Vec<String> = data
                .measures
                .iter()
                .filter(|m| m.field == field.id)
                .map(|m| directory.name(locale, Kind::Measure, &m.id).text)
                .collect();
            for (key, items) in [
                ("label-goals", goals),
                ("label-recommendations", recommendations),
                ("label-measures", measures),
            ] {
                if !items.is_empty() {
                    writeln!(out, "{}:", label(key))?;
                    for item in items {
                        writeln!(out, "  • {item}")?;
                    }
                }
            }
            let count = data
                .services
                .iter()
                .filter(|s| s.fields.contains(&field.id))
                .count();
            writeln!(
                out,
                "{}",
                directory
                    .ui(
                        locale,
                        "count-services",
                        &[("count", UiArg::Number(count as f64))]
                    )
                    .text
            )?;
        }
        Kind::Contact => {
            let contact = &data.contacts[index];
            line(out, "label-organization", names("organization"))?;
            line(out, "label-phone", contact.phones.join(", "))?;
            line(
                out,
                "label-email",
                contact.email.clone().unwrap_or_default(),
            )?;
            line(
                out,
                "label-website",
                contact.website.clone().unwrap_or_default(),
            )?;
            line(out, "label-languages-spoken", languages(&contact.languages))?;
            for hours in &contact.office_hours {
                line(
                    out,
                    "label-office-hours",
                    directory.format_hours(locale, hours),
                )?;
            }
            line(out, "label-office-hours", text("office-hours-note"))?;
            if let Some(location) = contact
                .location
                .as_ref()
                .and_then(|l| directory.location(l).ok())
            {
                line(out, "label-address", address(directory, locale, location))?;
            }
            writeln!(out, "{}", text("note"))?;
        }
        Kind::Municipality => {
            let municipality = &data.municipalities[index];
            line(out, "label-name", municipality.name_de.clone())?;
            line(
                out,
                "label-sorbian-name",
                municipality.name_dsb.clone().unwrap_or_default(),
            )?;
            line(
                out,
                "label-municipality",
                directory
                    .format_municipality_kind(locale, municipality.kind)
                    .text,
            )?;
            line(out, "label-amt", names("amt"))?;
        }
        Kind::Organization => {
            let organization = &data.organizations[index];
            line(out, "label-municipality", names("municipality"))?;
            line(
                out,
                "label-website",
                organization.website.clone().unwrap_or_default(),
            )?;
        }
        Kind::Location => {
            let location = &data.locations[index];
            line(out, "label-address", address(directory, locale, location))?;
            line(
                out,
                "label-accessibility",
                directory.format_step_free(locale, location.step_free).text,
            )?;
            writeln!(out, "{}", text("directions"))?;
        }
        Kind::Goal | Kind::Recommendation => line(out, "label-fields", names("field"))?,
        Kind::Principle | Kind::TargetGroup => {}
    }
    Ok(())
}

fn entity_id(directory: &Directory, kind: Kind, index: usize) -> String {
    wegweiser::ids(directory.data(), kind)
        .get(index)
        .map(|id| (*id).to_owned())
        .unwrap_or_default()
}

fn address(directory: &Directory, locale: &Locale, location: &wegweiser::Location) -> String {
    let town = match (&location.municipality, &location.locality) {
        (Some(m), _) => directory.name(locale, Kind::Municipality, m).text,
        (None, Some(l)) => l.clone(),
        (None, None) => String::new(),
    };
    let place = directory
        .text(locale, Kind::Location, &location.id, None)
        .map(|t| format!("{}, ", t.text))
        .unwrap_or_default();
    format!(
        "{place}{}, {} {town}",
        location.street, location.postal_code
    )
}

/// Search hits, with matched words marked by «» (the JSON gives the ranges).
pub fn search_results(
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
        writeln!(
            out,
            "  {} · {} · {:.2}",
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

/// The relevance table: queries, recall@5 and MRR per language and overall.
pub fn relevance(
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
