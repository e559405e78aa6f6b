//! Localization: plural forms, fallback chains, the locale each text came from, and the
//! completeness of the library's own UI strings.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use intl_pluralrules::{PluralRuleType, PluralRules};
use wegweiser::{Direction, Directory, Kind, UiArg};

fn sample() -> Directory {
    Directory::sample().unwrap()
}

fn count(directory: &Directory, lang: &str, id: &str, n: f64) -> String {
    let locale = directory.locale(&[lang]).unwrap();
    let text = directory.ui(&locale, id, &[("count", UiArg::Number(n))]);
    assert_eq!(text.locale, lang, "{id} is missing in {lang}");
    // Isolation marks around placeables are only set in right-to-left locales.
    text.text.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn lower_sorbian_has_a_dual() {
    let d = sample();
    assert_eq!(count(&d, "dsb", "count-services", 1.0), "1 póbitowanje");
    assert_eq!(count(&d, "dsb", "count-services", 2.0), "2 póbitowani");
    assert_eq!(count(&d, "dsb", "count-services", 3.0), "3 póbitowanja");
    assert_eq!(count(&d, "dsb", "count-services", 5.0), "5 póbitowanjow");
    // The dual follows the last two digits: 102 is dual, 104 is "few", 112 is "other".
    assert_eq!(count(&d, "dsb", "count-services", 102.0), "102 póbitowani");
    assert_eq!(count(&d, "dsb", "count-services", 104.0), "104 póbitowanja");
    assert_eq!(
        count(&d, "dsb", "count-services", 112.0),
        "112 póbitowanjow"
    );
}

#[test]
fn arabic_has_six_plural_forms() {
    let d = sample();
    let forms: Vec<String> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0]
        .iter()
        .map(|n| count(&d, "ar", "count-services", *n))
        .collect();
    assert_eq!(forms[0], "لا توجد خدمات");
    assert_eq!(forms[1], "خدمة واحدة");
    assert_eq!(forms[2], "خدمتان");
    assert_eq!(forms[3], "3 خدمات");
    assert_eq!(forms[4], "11 خدمة");
    assert_eq!(forms[5], "100 خدمة");
    // In Arabic text the number is isolated, so it keeps its direction.
    let locale = d.locale(&["ar"]).unwrap();
    let raw = d.ui(&locale, "count-services", &[("count", UiArg::Number(3.0))]);
    assert_eq!(raw.text, "\u{2068}3\u{2069} خدمات");
    assert_eq!(raw.direction, Direction::Rtl);
}

#[test]
fn ukrainian_has_one_few_many() {
    let d = sample();
    assert_eq!(count(&d, "uk", "count-services", 1.0), "1 послуга");
    assert_eq!(count(&d, "uk", "count-services", 3.0), "3 послуги");
    assert_eq!(count(&d, "uk", "count-services", 5.0), "5 послуг");
    assert_eq!(count(&d, "uk", "count-services", 21.0), "21 послуга");
    assert_eq!(count(&d, "uk", "count-services", 11.0), "11 послуг");
}

fn chain(d: &Directory, requested: &[&str]) -> Vec<String> {
    d.locale(requested)
        .unwrap()
        .chain()
        .locales()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn fallback_chains_end_in_german() {
    let d = sample();
    assert_eq!(chain(&d, &["dsb"]), ["dsb", "de"]);
    assert_eq!(chain(&d, &["fa-AF"]), ["fa", "de"]);
    assert_eq!(chain(&d, &["ps"]), ["de"]);
    assert_eq!(chain(&d, &["en-GB", "ar"]), ["en", "ar", "de"]);
    let header = d.locale_from_accept_language("uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.5");
    let tags: Vec<String> = header
        .chain()
        .locales()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(tags, ["uk", "ru", "en", "de"]);
}

#[test]
fn easy_german_is_its_own_locale_and_falls_back_to_german_per_text() {
    let d = sample();
    // Only readers who ask for Leichte Sprache get it; German readers get German.
    assert_eq!(chain(&d, &["de-XL"]), ["de-XL", "de"]);
    assert_eq!(chain(&d, &["de-DE"])[0], "de");
    assert_eq!(chain(&d, &["de"])[0], "de");
    let easy = d.locale(&["de-XL"]).unwrap();
    let text = d
        .text(&easy, Kind::Service, "mbe-forst", Some("description"))
        .unwrap();
    assert_eq!(text.locale, "de-XL");
    let first = text.text.lines().next().unwrap();
    assert_eq!(first, "Die MBE ist eine Beratung.");
    // A service nobody has written in Leichte Sprache yet: its German text.
    let other = d
        .text(&easy, Kind::Service, "jobcenter-forst", None)
        .unwrap();
    assert_eq!(other.locale, "de");
    let status = d.l10n_status();
    let easy_status = status.locales.iter().find(|l| l.locale == "de-XL").unwrap();
    assert!(easy_status.coverage > 0.0 && easy_status.coverage < 0.1);
}

#[test]
fn each_text_reports_the_locale_it_came_from() {
    let d = sample();
    // Polish has no service texts in the sample: the name falls back to German.
    let polish = d.locale(&["pl"]).unwrap();
    let name = d.text(&polish, Kind::Service, "mbe-forst", None).unwrap();
    assert_eq!((name.locale.as_str(), name.fallback), ("de", true));
    // But Polish has the field names.
    let field = d.text(&polish, Kind::Field, "education", None).unwrap();
    assert_eq!((field.locale.as_str(), field.fallback), ("pl", false));
    assert!(field.machine_translated);
    // Dari asks for fa-AF and gets Persian, right to left.
    let dari = d.locale(&["fa-AF"]).unwrap();
    let name = d
        .text(&dari, Kind::Service, "integration-course-forst", None)
        .unwrap();
    assert_eq!(
        (name.locale.as_str(), name.direction, name.fallback),
        ("fa", Direction::Rtl, false)
    );
    // A German text shown to a Persian reader is marked left to right.
    let late = d.data().services.last().unwrap();
    let name = d.text(&dari, Kind::Service, &late.id, None).unwrap();
    assert_eq!(
        (name.locale.as_str(), name.direction),
        ("de", Direction::Ltr)
    );
}

#[test]
fn fallback_works_per_attribute() {
    let d = sample();
    // Russian covers the first services only; a later one falls back as a whole, while a
    // service Russian has is Russian in every attribute it translated.
    let russian = d.locale(&["ru"]).unwrap();
    let first = &d.data().services[0].id;
    let texts = d.texts(&russian, Kind::Service, first);
    assert!(texts.values().all(|t| t.locale == "ru"), "{texts:#?}");
    let last = &d.data().services.last().unwrap().id;
    assert_eq!(
        d.text(&russian, Kind::Service, last, Some("description"))
            .unwrap()
            .locale,
        "de"
    );
}

#[test]
fn municipalities_have_their_sorbian_names() {
    let d = sample();
    let sorbian = d.locale(&["dsb"]).unwrap();
    let name = d.name(&sorbian, Kind::Municipality, "spremberg");
    assert_eq!((name.text.as_str(), name.locale.as_str()), ("Grodk", "dsb"));
    // Guben has no Sorbian name in use: German, marked as such.
    let name = d.name(&sorbian, Kind::Municipality, "guben");
    assert_eq!(
        (name.text.as_str(), name.locale.as_str(), name.fallback),
        ("Guben", "de", true)
    );
    let german = d.locale(&["de"]).unwrap();
    assert_eq!(
        d.name(&german, Kind::Municipality, "spremberg").text,
        "Spremberg"
    );
}

#[test]
fn a_string_that_is_no_language_tag_is_an_error() {
    let d = sample();
    assert!(matches!(
        d.locale(&["not a tag"]),
        Err(wegweiser::Error::Locale { .. })
    ));
    assert!(matches!(
        d.locale(&[""]),
        Err(wegweiser::Error::Locale { .. })
    ));
    // A valid tag the directory lacks is no error: it falls back.
    assert_eq!(chain(&d, &["zh-Hant-TW"]), ["de"]);
}

fn ui_entries() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    // locale → message id → variables used
    let mut out = BTreeMap::new();
    for file in wegweiser::ui_sources().fluent {
        let locale = file.path.split('/').nth(1).unwrap().to_owned();
        let resource = fluent_syntax::parser::parse(&*file.text).expect("UI strings parse");
        let messages: &mut BTreeMap<String, BTreeSet<String>> = out.entry(locale).or_default();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    collect_variables(value, &mut variables);
                }
                messages.insert(message.id.name.to_owned(), variables);
            }
        }
    }
    out
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    out.insert(id.name.to_owned());
                }
                ast::Expression::Select { selector, variants } => {
                    if let ast::InlineExpression::VariableReference { id } = selector {
                        out.insert(id.name.to_owned());
                    }
                    for variant in variants {
                        collect_variables(&variant.value, out);
                    }
                }
                _ => {}
            }
        }
    }
}

#[test]
fn ui_strings_are_complete_and_clean_in_every_locale() {
    assert!(
        wegweiser::ui_problems().is_empty(),
        "{:#?}",
        wegweiser::ui_problems()
    );
    let entries = ui_entries();
    let german = &entries["de"];
    for required in ["de", "dsb", "en", "ar", "uk", "ru", "fa", "tr", "pl"] {
        let messages = entries
            .get(required)
            .unwrap_or_else(|| panic!("no UI strings for {required}"));
        let missing: Vec<&String> = german
            .keys()
            .filter(|k| !messages.contains_key(*k))
            .collect();
        let extra: Vec<&String> = messages
            .keys()
            .filter(|k| !german.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{required}: missing {missing:?}, extra {extra:?}"
        );
        for (id, variables) in messages {
            // Besides German's variables the library passes some a translation may need
            // for its grammar: the weekday's code, for "в среду".
            let mut offered = german[id].clone();
            if id == "hours-opens-weekday" {
                offered.insert("weekday".into());
            }
            assert!(
                variables.is_subset(&offered),
                "{required}: {id} uses {variables:?}, German has {:?}",
                german[id]
            );
        }
    }
}

#[test]
fn every_plural_selector_covers_the_locales_categories() {
    for file in wegweiser::ui_sources().fluent {
        let locale: wegweiser::LanguageIdentifier =
            file.path.split('/').nth(1).unwrap().parse().unwrap();
        // The rules Fluent uses: the best match among the locales CLDR has rules for
        // (`de-XL`, Leichte Sprache, gets German's).
        let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
        let english: wegweiser::LanguageIdentifier = "en".parse().unwrap();
        let rules_locale = fluent_langneg::negotiate_languages(
            std::slice::from_ref(&locale),
            &known,
            Some(&english),
            fluent_langneg::NegotiationStrategy::Lookup,
        )[0]
        .clone();
        let rules = PluralRules::create(rules_locale, PluralRuleType::CARDINAL).unwrap();
        // The categories a locale uses, found by asking for integers and fractions.
        let numbers = (0..=200)
            .map(|n| n.to_string())
            .chain(["0.5", "1.5", "2.5", "5.5"].map(String::from));
        let categories: BTreeSet<String> = numbers
            .map(|n| format!("{:?}", rules.select(n.as_str()).unwrap()).to_lowercase())
            .collect();
        let resource = fluent_syntax::parser::parse(&*file.text).unwrap();
        for entry in &resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let Some(value) = &message.value else {
                continue;
            };
            for element in &value.elements {
                let ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { selector, variants },
                } = element
                else {
                    continue;
                };
                let keys: BTreeSet<String> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => Some(name.to_string()),
                        ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                // `$weekday` is a weekday's code, not a number: it selects grammar forms.
                if matches!(
                    selector,
                    ast::InlineExpression::VariableReference { id } if id.name == "weekday"
                ) {
                    let weekdays: BTreeSet<String> =
                        ["mo", "tu", "we", "th", "fr", "sa", "su", "other"]
                            .map(String::from)
                            .into();
                    assert_eq!(keys, weekdays, "{locale}: {}", message.id.name);
                    continue;
                }
                assert_eq!(
                    keys, categories,
                    "{locale}: {} covers {keys:?}, the locale has {categories:?}",
                    message.id.name
                );
            }
        }
    }
}

#[test]
fn language_names_are_autonyms() {
    let d = sample();
    assert_eq!(d.language_name("de"), "Deutsch");
    assert_eq!(d.language_name("dsb"), "Dolnoserbšćina");
    assert_eq!(d.language_name("ar"), "العربية");
    assert_eq!(d.language_name("uk"), "Українська");
    assert_eq!(d.language_name("de-XL"), "Leichte Sprache");
    // Unknown to the library: the tag itself.
    assert_eq!(d.language_name("ti"), "ti");
}

#[test]
fn machine_translation_is_marked_per_message_and_counted() {
    let minimal = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let d = Directory::load(minimal).unwrap();
    let english = d.locale(&["en"]).unwrap();
    let marked = d
        .text(&english, Kind::Service, "course-forst", None)
        .unwrap();
    let reviewed = d
        .text(&english, Kind::Service, "course-peitz", None)
        .unwrap();
    assert!(marked.machine_translated);
    assert!(!reviewed.machine_translated);
    let status = d.l10n_status();
    let en = status.locales.iter().find(|l| l.locale == "en").unwrap();
    // course-forst's name and description are machine-made; course-peitz lacks .eligibility.
    assert_eq!(
        (en.machine_translated, en.missing),
        (2, en.total - en.translated - 2)
    );
    assert!(en.texts.iter().any(|t| t.message == "service-course-peitz"
        && t.attribute.as_deref() == Some("eligibility")
        && t.status == wegweiser::TextStatus::Missing));
}
