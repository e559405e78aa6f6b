//! XLIFF 2.0: export of what a locale needs, a round trip through a "translation agency"
//! (this test), placeables as protected codes, a pattern with Arabic's six plural forms,
//! and broken files that change nothing.
#![cfg(feature = "xliff")]

use wegweiser::xliff::{read_xliff, Content, Part};
use wegweiser::{Directory, Kind, SourceFile, SourceFiles, TextStatus};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/xliff/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// `sources` with `files` written over them.
fn with(mut sources: SourceFiles, files: &[SourceFile]) -> SourceFiles {
    for file in files {
        sources.replace(file.clone());
    }
    sources
}

#[test]
fn the_export_has_what_the_locale_needs_with_its_state() {
    let sample = Directory::sample().unwrap();
    let xliff = sample.xliff_export("ar", &[]).unwrap();
    let (document, problems) = read_xliff("ar.xlf", &xliff);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        (
            document.source_locale.as_str(),
            document.target_locale.as_str()
        ),
        ("de", "ar")
    );
    // Arabic misses nothing; its one outdated text goes out with the old German.
    assert_eq!(document.units.len(), 1, "{xliff}");
    let unit = &document.units[0];
    assert_eq!(unit.id, "service-mbe-forst.description");
    assert_eq!(unit.state, "outdated");
    assert!(unit
        .previous_source
        .as_deref()
        .unwrap()
        .ends_with("Wohnung und Familie."));
    assert!(unit.target.is_some(), "today's translation, to be updated");

    let turkish = sample.xliff_export("tr", &[TextStatus::Missing]).unwrap();
    let (document, _) = read_xliff("tr.xlf", &turkish);
    let missing = sample
        .l10n_status()
        .locales
        .into_iter()
        .find(|l| l.locale == "tr")
        .unwrap()
        .missing;
    assert_eq!(document.units.len(), missing);
    assert!(document.units.iter().all(|u| u.target.is_none()));
    assert!(
        sample.xliff_export("de", &[]).is_err(),
        "the source locale is not exported"
    );
}

#[test]
fn translations_come_back_as_fluent_with_their_codes() {
    let sample = Directory::sample().unwrap();
    // A locale that misses a text with a placeable.
    let (locale, mut document, with_code) = ["tr", "fa", "pl", "ru"]
        .into_iter()
        .find_map(|locale| {
            let exported = sample.xliff_export(locale, &[TextStatus::Missing]).unwrap();
            let (document, _) = read_xliff("x.xlf", &exported);
            let at = document
                .units
                .iter()
                .position(|u| !u.source.codes().is_empty())?;
            Some((locale, document, at))
        })
        .expect("a missing text with a placeable");
    // The "agency": a target for two units, moving the code to the front in one.
    let plain = document
        .units
        .iter()
        .position(|u| u.source.codes().is_empty() && !u.id.contains('.'))
        .unwrap();
    let code = document.units[with_code].source.codes()[0].to_owned();
    document.units[with_code].target = Some(Content {
        parts: vec![
            Part::Code(code.clone()),
            Part::Text(" gönüllü ajansı".into()),
        ],
        whole_pattern: false,
    });
    document.units[plain].target = Some(Content::text("Türkçe başlık"));
    let translated = wegweiser::xliff::write_xliff(&document);
    let import = sample.xliff_import("x.xlf", &translated).unwrap();
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    assert_eq!(import.imported, 2);

    let after = Directory::from_sources(with(Directory::sample_sources(), &import.files)).unwrap();
    let turkish = after.locale(&[locale]).unwrap();
    let id = |unit: &str| {
        let message = unit.split('.').next().unwrap().to_owned();
        let mut kinds = Kind::ALL.to_vec();
        kinds.sort_by_key(|k| std::cmp::Reverse(k.as_str().len()));
        kinds
            .into_iter()
            .find_map(|k| {
                let prefix = format!("{}-", k.as_str());
                message.strip_prefix(&prefix).map(|e| (k, e.to_owned()))
            })
            .unwrap()
    };
    let (kind, entity) = id(&document.units[with_code].id);
    let text = after.text(&turkish, kind, &entity, None).unwrap();
    assert_eq!(text.locale, locale);
    assert_eq!(text.text, "Spree-Neiße gönüllü ajansı");
    let (kind, entity) = id(&document.units[plain].id);
    assert_eq!(
        after.text(&turkish, kind, &entity, None).unwrap().text,
        "Türkçe başlık"
    );
    // Imported translations of today's German are current.
    let status = after.l10n_status();
    let tr = status.locales.iter().find(|l| l.locale == locale).unwrap();
    assert_eq!(tr.outdated, 0);
}

#[test]
fn a_plural_pattern_travels_whole_with_arabic_six_forms() {
    let mut sources = Directory::sample_sources();
    let german = sources
        .fluent
        .iter_mut()
        .find(|f| f.path == "locales/de/services.ftl")
        .unwrap();
    let before = "    .cost-note = Kostenlos und vertraulich.\n";
    assert!(german.text.contains(before));
    german.text = german
        .text
        .replacen(
            before,
            "    .cost-note = { 2 ->\n        [one] Ein Gespräch ist kostenlos.\n       *[other] Gespräche sind kostenlos.\n    }\n",
            1,
        )
        .into();
    let directory = Directory::from_sources(sources.clone()).unwrap();
    let exported = directory
        .xliff_export("ar", &[TextStatus::Outdated])
        .unwrap();
    let (mut document, _) = read_xliff("ar.xlf", &exported);
    let unit = document
        .units
        .iter_mut()
        .find(|u| u.id == "service-mbe-forst.cost-note")
        .unwrap();
    assert!(unit.source.whole_pattern);
    assert!(
        exported.contains("fluent-pattern"),
        "a note says how to edit it"
    );
    let arabic = "{ 2 ->\n    [zero] لا محادثات.\n    [one] محادثة واحدة مجانية.\n    [two] محادثتان مجانيتان.\n    [few] المحادثات مجانية.\n    [many] المحادثات كثيرة ومجانية.\n   *[other] المحادثات مجانية.\n}";
    unit.target = Some(Content {
        parts: vec![Part::Text(arabic.into())],
        whole_pattern: true,
    });
    let import = directory
        .xliff_import("ar.xlf", &wegweiser::xliff::write_xliff(&document))
        .unwrap();
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    let after = Directory::from_sources(with(sources.clone(), &import.files)).unwrap();

    // The same as writing it by hand.
    let mut by_hand = sources;
    let file = by_hand
        .fluent
        .iter_mut()
        .find(|f| f.path == "locales/ar/services.ftl")
        .unwrap();
    let start = file.text.find("service-mbe-forst =").unwrap();
    let line = file.text[start..].find("    .cost-note = ").unwrap() + start;
    let end = file.text[line..].find('\n').unwrap() + line + 1;
    let indented = arabic.replace('\n', "\n    ");
    file.text = format!(
        "{}    .cost-note = {indented}\n{}",
        &file.text[..line],
        &file.text[end..]
    )
    .into();
    let by_hand = Directory::from_sources(by_hand).unwrap();
    let ar = after.locale(&["ar"]).unwrap();
    let ours = after
        .text(&ar, Kind::Service, "mbe-forst", Some("cost-note"))
        .unwrap();
    let theirs = by_hand
        .text(
            &by_hand.locale(&["ar"]).unwrap(),
            Kind::Service,
            "mbe-forst",
            Some("cost-note"),
        )
        .unwrap();
    assert_eq!(ours.text, theirs.text);
    // 2 is Arabic's `two`: the imported pattern keeps all six forms.
    assert_eq!(ours.text, "محادثتان مجانيتان.");
}

#[test]
fn broken_files_are_reported_with_positions_and_change_nothing() {
    let sample = Directory::sample().unwrap();
    for (name, line, says) in [
        ("bad-xml.xlf", 7, "XML syntax"),
        ("unknown-unit.xlf", 10, "service-renamed-away.description"),
        ("removed-placeable.xlf", 4, "keep the codes"),
        ("not-xliff.xlf", 2, "XLIFF 2.0"),
    ] {
        let import = sample.xliff_import(name, &fixture(name)).unwrap();
        assert!(import.files.is_empty(), "{name}: nothing is written");
        assert_eq!(import.imported, 0, "{name}");
        let problem = import
            .problems
            .iter()
            .find(|p| p.is_error())
            .unwrap_or_else(|| panic!("{name}: no error"));
        assert_eq!(
            (problem.file.as_str(), problem.line),
            (name, line),
            "{problem}"
        );
        assert!(problem.message.contains(says), "{name}: {problem}");
    }
}

#[test]
fn several_texts_of_one_file_are_rewritten_in_place() {
    let sample = Directory::sample().unwrap();
    let exported = sample
        .xliff_export("ar", &[TextStatus::MachineTranslated])
        .unwrap();
    let (mut document, _) = read_xliff("ar.xlf", &exported);
    // Two services of locales/ar/services.ftl, the later one first in the file order of
    // the units, and each of them once.
    let wanted = ["service-mbe-guben.cost-note", "service-mbe-forst.cost-note"];
    for unit in document.units.iter_mut() {
        if let Some(n) = wanted.iter().position(|w| *w == unit.id) {
            unit.target = Some(Content::text(&format!("نص جديد {n}")));
        } else {
            unit.target = None;
        }
    }
    let import = sample
        .xliff_import("ar.xlf", &wegweiser::xliff::write_xliff(&document))
        .unwrap();
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    assert_eq!(import.imported, 2);
    let after = Directory::from_sources(with(Directory::sample_sources(), &import.files)).unwrap();
    let ar = after.locale(&["ar"]).unwrap();
    for (n, entity) in ["mbe-guben", "mbe-forst"].into_iter().enumerate() {
        let text = after
            .text(&ar, Kind::Service, entity, Some("cost-note"))
            .unwrap();
        assert_eq!(text.text, format!("نص جديد {n}"));
    }
    let file = import
        .files
        .iter()
        .find(|f| f.path == "locales/ar/services.ftl")
        .unwrap();
    assert_eq!(file.text.matches("service-mbe-forst =").count(), 1);
    assert_eq!(file.text.matches("service-mbe-guben =").count(), 1);
}
