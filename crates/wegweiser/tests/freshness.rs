//! Outdated translations: stamps in `l10n.lock`, a changed source text, reviewing and
//! minor edits, and stamps that name texts the source no longer has.

use std::collections::BTreeSet;

use wegweiser::{Directory, Kind, Problem, ProblemCode, SourceFile, SourceFiles, TextStatus};

const MESSAGE: &str = "service-mbe-forst";
const GERMAN_BEFORE: &str = "Persönliche Beratung für Zugewanderte ab 27 Jahren";
const GERMAN_AFTER: &str = "Persönliche Beratung für alle Zugewanderten ab 27 Jahren";

/// The sample with every translation of every locale stamped as current (the sample
/// itself ships three outdated ones).
fn stamped_sample() -> SourceFiles {
    let directory = Directory::sample().unwrap();
    let mut sources = Directory::sample_sources();
    let source = directory.source_locale().to_string();
    sources.locks = directory
        .locales()
        .iter()
        .filter(|l| l != &directory.source_locale())
        .flat_map(|l| directory.stamp(&l.to_string(), &[]).unwrap())
        .filter(|lock| !lock.path.starts_with(&format!("locales/{source}/")))
        .collect();
    sources
}

fn with_changed_german(mut sources: SourceFiles) -> SourceFiles {
    let file = sources
        .fluent
        .iter_mut()
        .find(|f| f.path == "locales/de/services.ftl")
        .unwrap();
    assert!(file.text.contains(GERMAN_BEFORE));
    file.text = file.text.replacen(GERMAN_BEFORE, GERMAN_AFTER, 1).into();
    sources
}

fn load(sources: SourceFiles) -> (Directory, Vec<Problem>) {
    let (directory, problems) = Directory::from_sources_lenient(sources).unwrap();
    assert!(!problems.iter().any(Problem::is_error), "{problems:?}");
    (directory, problems)
}

/// (locale, message.attribute) of every outdated text.
fn outdated(directory: &Directory) -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    for locale in directory.l10n_status().locales {
        for text in locale.texts {
            if text.status == TextStatus::Outdated {
                let key = wegweiser::unit_key(&text.message, text.attribute.as_deref());
                found.insert((locale.locale.clone(), key));
            }
        }
    }
    found
}

/// The locales whose translation of the changed text exists.
fn locales_with_description(directory: &Directory) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for locale in directory.locales() {
        let tag = locale.to_string();
        if &locale == directory.source_locale() {
            continue;
        }
        let reader = directory.locale(&[tag.as_str()]).unwrap();
        let text = directory.text(&reader, Kind::Service, "mbe-forst", Some("description"));
        if text.is_some_and(|t| t.locale == tag) {
            found.insert(tag);
        }
    }
    found
}

#[test]
fn stamped_translations_are_current() {
    let (directory, problems) = load(stamped_sample());
    assert!(outdated(&directory).is_empty());
    assert!(!problems
        .iter()
        .any(|p| p.code == ProblemCode::OutdatedTranslation));
    let status = directory.l10n_status();
    assert!(status.locales.iter().all(|l| l.outdated == 0));
}

#[test]
fn a_changed_source_text_makes_exactly_its_translations_outdated() {
    let (directory, problems) = load(with_changed_german(stamped_sample()));
    let expected: BTreeSet<(String, String)> = locales_with_description(&directory)
        .into_iter()
        .map(|l| (l, format!("{MESSAGE}.description")))
        .collect();
    assert!(expected.len() >= 5, "{expected:?}");
    assert_eq!(outdated(&directory), expected);

    // A warning at the translation's own line, in every one of those locales.
    let warnings: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.code == ProblemCode::OutdatedTranslation)
        .collect();
    assert_eq!(warnings.len(), expected.len());
    let ar = warnings
        .iter()
        .find(|p| p.file == "locales/ar/services.ftl")
        .unwrap();
    let text = &Directory::sample_sources()
        .fluent
        .into_iter()
        .find(|f| f.path == ar.file)
        .unwrap()
        .text;
    let line = text.lines().nth(ar.line as usize - 1).unwrap();
    assert!(line.trim_start().starts_with(".description"), "{line}");

    // Every API that returns the text says so; the value of the message does not.
    let reader = directory.locale(&["ar"]).unwrap();
    let description = directory
        .text(&reader, Kind::Service, "mbe-forst", Some("description"))
        .unwrap();
    assert!(description.outdated);
    let name = directory
        .text(&reader, Kind::Service, "mbe-forst", None)
        .unwrap();
    assert!(!name.outdated);
    let german = directory.locale(&["de"]).unwrap();
    let source = directory
        .text(&german, Kind::Service, "mbe-forst", Some("description"))
        .unwrap();
    assert!(!source.outdated);
}

#[test]
fn stamping_after_review_makes_one_locale_current() {
    let changed = with_changed_german(stamped_sample());
    let (directory, _) = load(changed.clone());
    let before = outdated(&directory);
    let locks = directory.stamp("ar", &[MESSAGE.to_owned()]).unwrap();
    assert_eq!(locks.len(), 2, "ar's lock and the source texts");
    let mut sources = changed;
    for lock in locks {
        replace_lock(&mut sources, lock);
    }
    let (directory, _) = load(sources);
    let after = outdated(&directory);
    let mut expected = before.clone();
    expected.retain(|(locale, _)| locale != "ar");
    assert_eq!(after, expected);
    assert!(after.len() + 1 == before.len());
}

#[test]
fn a_minor_edit_keeps_every_translation_current() {
    let changed = with_changed_german(stamped_sample());
    let (directory, _) = load(changed.clone());
    let locks = directory.stamp_minor(&[MESSAGE.to_owned()]).unwrap();
    // Every locale with the text, and the source texts.
    assert_eq!(locks.len(), locales_with_description(&directory).len() + 1);
    let mut sources = changed;
    for lock in locks {
        replace_lock(&mut sources, lock);
    }
    let (directory, _) = load(sources);
    assert!(outdated(&directory).is_empty());
}

#[test]
fn a_stamp_for_a_renamed_entity_is_reported_at_its_line() {
    let mut sources = stamped_sample();
    let lock = sources
        .locks
        .iter_mut()
        .find(|f| f.path == "locales/uk/l10n.lock")
        .unwrap();
    lock.text = format!("{}\"service-renamed-away\" = \"0123456789ab\"\n", lock.text).into();
    let line = lock.text.lines().count() as u32;
    let (_, problems) = load(sources);
    let problem = problems
        .iter()
        .find(|p| p.file == "locales/uk/l10n.lock")
        .unwrap();
    assert_eq!(
        (problem.line, problem.code),
        (line, ProblemCode::UnknownEntity)
    );
    assert!(problem.message.contains("renamed or removed"), "{problem}");
}

#[test]
fn a_broken_lock_is_reported_and_loading_goes_on() {
    for (name, line) in [("syntax.lock", 3), ("not-a-stamp.lock", 4)] {
        let text = std::fs::read_to_string(format!(
            "{}/tests/fixtures/l10n-lock/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let mut sources = Directory::sample_sources();
        sources.locks = vec![SourceFile::new("locales/tr/l10n.lock", text)];
        let (_, problems) = load(sources);
        let problem = problems
            .iter()
            .find(|p| p.file == "locales/tr/l10n.lock")
            .unwrap_or_else(|| panic!("{name}: no problem"));
        assert_eq!(problem.line, line, "{name}: {problem}");
    }
}

#[test]
fn the_status_shows_the_source_text_before_and_now() {
    let directory = Directory::sample().unwrap();
    let status = directory.l10n_status();
    let ar = status.locales.iter().find(|l| l.locale == "ar").unwrap();
    let text = ar
        .texts
        .iter()
        .find(|t| t.status == TextStatus::Outdated)
        .unwrap();
    assert_eq!(
        (text.message.as_str(), text.attribute.as_deref()),
        (MESSAGE, Some("description"))
    );
    let before = text.source_before.as_deref().unwrap();
    let now = text.source_now.as_deref().unwrap();
    assert!(now.starts_with(GERMAN_BEFORE), "{now}");
    assert_ne!(before, now);
    // A current text carries neither.
    let current = ar
        .texts
        .iter()
        .find(|t| {
            matches!(
                t.status,
                TextStatus::Translated | TextStatus::MachineTranslated
            )
        })
        .unwrap();
    assert_eq!(
        (&current.source_before, &current.source_now),
        (&None, &None)
    );
    // Stamping keeps the source texts every stamp needs, the old one included.
    let locks = directory.stamp("en", &[]).unwrap();
    assert!(locks[1].text.contains(before), "{}", locks[1].text);
}

#[test]
fn counts_per_kind_add_up_and_place_the_outdated_service() {
    let status = Directory::sample().unwrap().l10n_status();
    for locale in &status.locales {
        let sum =
            |f: fn(&wegweiser::TextCounts) -> usize| locale.by_kind.values().map(f).sum::<usize>();
        assert_eq!(sum(|c| c.total), locale.total, "{}", locale.locale);
        assert_eq!(sum(|c| c.missing), locale.missing, "{}", locale.locale);
        assert_eq!(sum(|c| c.outdated), locale.outdated, "{}", locale.locale);
        for text in &locale.texts {
            assert!(locale.by_kind.contains_key(&text.kind));
        }
    }
    let ar = status.locales.iter().find(|l| l.locale == "ar").unwrap();
    assert_eq!(ar.by_kind["service"].outdated, 1);
    assert_eq!(ar.by_kind["measure"].outdated, 0);
    let pl = status.locales.iter().find(|l| l.locale == "pl").unwrap();
    let services = &pl.by_kind["service"];
    assert!(services.coverage < 1.0 && services.missing > 0);
}

fn replace_lock(sources: &mut SourceFiles, lock: SourceFile) {
    sources.replace(lock);
}
