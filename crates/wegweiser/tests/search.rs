//! Search: the queries newcomers type, every analyzer, fallback, filters, facets,
//! highlights and hostile input.

use std::path::Path;

use wegweiser::search::typo_budget;
use wegweiser::{Directory, Kind, SearchRequest, SearchResults, SourceFile, SourceFiles};

fn sample() -> &'static Directory {
    static SAMPLE: std::sync::OnceLock<Directory> = std::sync::OnceLock::new();
    SAMPLE.get_or_init(|| Directory::sample().unwrap())
}

fn search(query: &str, lang: &str) -> SearchResults {
    sample()
        .search(&SearchRequest::new(query).lang(lang))
        .unwrap()
}

fn top(results: &SearchResults, n: usize) -> Vec<&str> {
    results.hits.iter().take(n).map(|h| h.id.as_str()).collect()
}

#[test]
fn the_issues_queries_find_the_right_services() {
    let arabic = search("دورة لغة", "ar");
    assert!(
        top(&arabic, 5)
            .iter()
            .any(|id| id.starts_with("integration-course") || id.contains("language-course")),
        "{:?}",
        top(&arabic, 5)
    );
    assert_eq!(arabic.hits[0].title_locale, "ar");

    let grodk = search("Sprachkurs Grodk", "de");
    let spremberg = sample().municipality_scope("Spremberg").unwrap();
    for hit in grodk.hits.iter().filter(|h| h.kind == Kind::Service) {
        let service = sample().service(&hit.id).unwrap();
        assert!(
            sample()
                .service_municipalities(service)
                .iter()
                .any(|m| spremberg.contains(m)),
            "{} is not in Spremberg",
            hit.id
        );
    }
    assert!(
        top(&grodk, 3).contains(&"integration-course-spremberg")
            || top(&grodk, 3).contains(&"job-language-course-spremberg"),
        "{:?}",
        top(&grodk, 3)
    );

    let ukrainian = search("мовні курси", "uk");
    assert!(!ukrainian.hits.is_empty());
    assert_eq!(ukrainian.hits[0].title_locale, "uk");

    let typo = search("Integrazionskurs", "de");
    assert!(
        top(&typo, 5).contains(&"integration-course-forst"),
        "{:?}",
        top(&typo, 5)
    );

    let advice = search("Beratung Forst", "de");
    assert!(
        top(&advice, 5).contains(&"mbe-forst"),
        "{:?}",
        top(&advice, 5)
    );
}

#[test]
fn relevance_stays_above_the_bar() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance/queries.toml");
    let set = wegweiser::RelevanceSet::from_toml(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(set.queries.len() >= 60);
    let report = sample().evaluate_relevance(&set).unwrap();
    assert!(
        report.overall.recall_at_5 >= 0.9,
        "recall@5 fell to {:.3}: {:#?}",
        report.overall.recall_at_5,
        report.misses
    );
    assert!(
        report.overall.mrr >= 0.9,
        "MRR fell to {:.3}",
        report.overall.mrr
    );
    assert!(report.by_language.len() >= 7);
}

#[test]
fn german_compounds_and_hyphenated_words() {
    // "Sprachkurs" finds "Sprach- und Integrationskurs in Forst".
    let results = search("Sprachkurs", "de");
    assert!(
        top(&results, 10).contains(&"integration-course-forst"),
        "{:?}",
        top(&results, 10)
    );
    // Umlauts typed as digraphs or dropped.
    let doebern = search("doebern", "de");
    let dobern = search("dobern", "de");
    assert!(!doebern.hits.is_empty());
    let set = |r: &SearchResults| {
        top(r, 5)
            .into_iter()
            .map(str::to_owned)
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(set(&doebern), set(&dobern));
}

#[test]
fn arabic_prefixes_and_letter_variants() {
    let with_article = search("اللغة", "ar");
    let without = search("لغة", "ar");
    assert_eq!(top(&with_article, 5), top(&without, 5));
    let hamza = search("إستشارة", "ar");
    let plain = search("استشارة", "ar");
    assert!(!plain.hits.is_empty());
    assert_eq!(top(&hamza, 5), top(&plain, 5));
    let ta_marbuta = search("دوره", "ar");
    assert_eq!(top(&ta_marbuta, 5), top(&search("دورة", "ar"), 5));
}

#[test]
fn persian_with_arabic_letters_and_without_the_non_joiner() {
    let persian = search("کلاس زبان", "fa");
    let arabic_letters = search("كلاس زبان", "fa");
    assert!(!persian.hits.is_empty());
    assert_eq!(top(&persian, 5), top(&arabic_letters, 5));
}

#[test]
fn sorbian_polish_russian_turkish_ukrainian() {
    for (query, lang) in [
        ("zisownja", "dsb"),
        ("kurs jezyka", "pl"),
        ("курсы немецкого", "ru"),
        ("almanca kursu", "tr"),
        ("курсів німецької", "uk"),
    ] {
        let results = search(query, lang);
        assert!(!results.hits.is_empty(), "{query} ({lang}) found nothing");
    }
    // Folded and unfolded Sorbian find the same.
    assert_eq!(
        top(&search("Baršć", "dsb"), 5),
        top(&search("barsc", "dsb"), 5)
    );
}

#[test]
fn fallback_order_and_text_locales() {
    // Polish has no service texts: services come back with German titles, marked "de".
    let results = sample()
        .search(&SearchRequest {
            kinds: vec![Kind::Service],
            ..SearchRequest::new("Integrationskurs").lang("pl")
        })
        .unwrap();
    assert!(!results.hits.is_empty());
    assert!(results.hits.iter().all(|h| h.title_locale == "de"));
    assert_eq!(results.locale, "pl");
    // Fields of action have Polish names.
    let fields = sample()
        .search(&SearchRequest {
            kinds: vec![Kind::Field],
            ..SearchRequest::new("").lang("pl")
        })
        .unwrap();
    assert!(
        fields.hits.iter().all(|h| h.title_locale == "pl"),
        "{:?}",
        fields.hits
    );
    // Requested locale is weighted above the others: an English word finds English texts
    // for an English reader first.
    let english = search("volunteering", "en");
    assert_eq!(english.hits[0].title_locale, "en");
}

#[test]
fn municipality_names_in_german_and_sorbian_and_amter() {
    let in_place = |results: &SearchResults, place: &str| {
        let scope = sample().municipality_scope(place).unwrap();
        results
            .hits
            .iter()
            .filter(|h| h.kind == Kind::Service)
            .all(|h| {
                let service = sample().service(&h.id).unwrap();
                sample()
                    .service_municipalities(service)
                    .iter()
                    .any(|m| scope.contains(m))
            })
    };
    let barsc = search("Beratung Baršć", "de");
    assert!(
        !barsc.hits.is_empty() && in_place(&barsc, "Forst"),
        "{:?}",
        top(&barsc, 10)
    );
    // "Amt Peitz" as a filter includes the town of Peitz.
    let amt = sample()
        .search(&SearchRequest {
            municipality: Some("Amt Peitz".into()),
            ..SearchRequest::new("")
        })
        .unwrap();
    let town = sample()
        .search(&SearchRequest {
            municipality: Some("Picnjo".into()),
            ..SearchRequest::new("")
        })
        .unwrap();
    assert!(town.total > 0 && amt.total >= town.total);
    // In the query text too: an Amt's name (German or Sorbian) finds its member towns.
    let by_amt = search("Sprachkurs Amt Picnjo", "dsb");
    assert!(
        top(&by_amt, 5).contains(&"integration-course-peitz"),
        "{:?}",
        top(&by_amt, 5)
    );
}

#[test]
fn typo_rule_follows_meilisearch() {
    assert_eq!(typo_budget("kurs"), 0);
    assert_eq!(typo_budget("forst"), 1);
    assert_eq!(typo_budget("beratung"), 1);
    assert_eq!(typo_budget("migration"), 2);
    // Four letters: no typo allowed ("Kurz" is not "Kurs"); five: one ("Forsst").
    assert!(top(&search("Jobcentre", "de"), 3)
        .iter()
        .any(|id| id.starts_with("jobcenter")));
    assert!(!search("Frost", "de").hits.is_empty());
}

#[test]
fn the_last_word_is_a_prefix() {
    let typing = search("Integrationsk", "de");
    assert!(
        top(&typing, 5)
            .iter()
            .any(|id| id.starts_with("integration-course")),
        "{:?}",
        top(&typing, 5)
    );
    // A finished word (followed by a space) is not a prefix.
    let finished = search("Integrationsk ", "de");
    assert!(finished.hits.len() <= typing.hits.len());
}

/// A small directory for ranking tests: the minimal fixture plus `toml` and German `ftl`.
fn small(toml: &str, ftl: &str) -> Directory {
    let mut sources = SourceFiles::read_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal"),
    )
    .unwrap();
    let structure = sources.structure.as_mut().unwrap();
    structure.text = format!("{}{toml}", structure.text).into();
    sources
        .fluent
        .push(SourceFile::new("locales/de/extra.ftl", ftl));
    Directory::from_sources(sources).unwrap()
}

const TWO_SERVICES: &str = r#"
[[services]]
id = "named"
locations = ["office-forst"]
[[services]]
id = "described"
locations = ["office-forst"]
"#;

#[test]
fn names_rank_above_descriptions_and_exact_above_fuzzy() {
    let d = small(
        TWO_SERVICES,
        "service-named = Fahrradwerkstatt\n    .description = Reparieren.\nservice-described = Treffpunkt\n    .description = Mit Fahrradwerkstatt im Hof.\n",
    );
    let results = d.search(&SearchRequest::new("Fahrradwerkstatt")).unwrap();
    assert_eq!(top(&results, 2), ["named", "described"]);

    let d = small(
        TWO_SERVICES,
        "service-named = Nähcafé\n    .description = Nähen lernen.\nservice-described = Nähkafe\n    .description = Nähen lernen.\n",
    );
    let results = d.search(&SearchRequest::new("Nähcafé")).unwrap();
    assert_eq!(
        top(&results, 2),
        ["named", "described"],
        "exact before fuzzy"
    );
}

#[test]
fn synonyms_come_from_the_data() {
    let d = small(
        &format!("{TWO_SERVICES}\n[[synonyms]]\nlocale = \"de\"\nwords = [\"Drahtesel\", \"Fahrrad\"]\n"),
        "service-named = Fahrrad-Reparatur\n    .description = Reparieren.\nservice-described = Treffpunkt\n    .description = Kaffee.\n",
    );
    let results = d.search(&SearchRequest::new("Drahtesel")).unwrap();
    assert_eq!(top(&results, 1), ["named"]);
    // The sample's synonyms: a "Deutschkurs" search finds integration courses.
    let results = search("Deutschunterricht", "de");
    assert!(
        top(&results, 5)
            .iter()
            .any(|id| id.starts_with("integration-course")),
        "{:?}",
        top(&results, 5)
    );
}

#[test]
fn filters_and_facets() {
    let all = sample()
        .search(&SearchRequest {
            limit: 5,
            ..SearchRequest::new("Beratung")
        })
        .unwrap();
    let facet_sum: usize = all.facets.kind.values().sum();
    assert_eq!(facet_sum, all.total);
    assert!(
        all.hits.len() <= 5 && all.total > 5,
        "facets count every hit, not only the page"
    );

    let services = sample()
        .search(&SearchRequest {
            kinds: vec![Kind::Service],
            field: Some("health".into()),
            ..SearchRequest::new("Beratung")
        })
        .unwrap();
    assert!(services.total > 0);
    assert_eq!(services.facets.kind.get("service"), Some(&services.total));
    assert_eq!(services.facets.field.get("health"), Some(&services.total));

    let arabic = sample()
        .search(&SearchRequest {
            offered_in: Some("ar".into()),
            ..SearchRequest::new("Kurs")
        })
        .unwrap();
    assert_eq!(arabic.facets.offered_in.get("ar"), Some(&arabic.total));

    let free = sample()
        .search(&SearchRequest {
            free: Some(false),
            ..SearchRequest::new("")
        })
        .unwrap();
    assert_eq!(free.facets.free.get("no"), Some(&free.total));
    assert!(free.total > 0);

    let youth = sample()
        .search(&SearchRequest {
            target_group: Some("youth".into()),
            ..SearchRequest::new("")
        })
        .unwrap();
    assert_eq!(youth.facets.target_group.get("youth"), Some(&youth.total));

    // Filters naming nothing are errors, not empty results.
    assert!(sample()
        .search(&SearchRequest {
            field: Some("nothing".into()),
            ..SearchRequest::new("")
        })
        .is_err());
    assert!(sample()
        .search(&SearchRequest {
            municipality: Some("Atlantis".into()),
            ..SearchRequest::new("")
        })
        .is_err());
}

#[test]
fn highlights_are_character_ranges_also_for_fuzzy_and_stemmed_matches() {
    for (query, expected_word) in [
        ("Integrazionskurs", "integrationskurs"),
        ("Beratungen", "beratung"),
        ("دورة", "دورة"),
    ] {
        let lang = if query.is_ascii() { "de" } else { "ar" };
        let results = search(query, lang);
        let hit = &results.hits[0];
        let texts = [
            (&hit.title, &hit.title_highlights),
            (&hit.snippet, &hit.highlights),
        ];
        let marked: Vec<String> = texts
            .iter()
            .flat_map(|(text, ranges)| {
                let chars: Vec<char> = text.chars().collect();
                ranges.iter().map(move |r| {
                    chars[r.start..r.end]
                        .iter()
                        .collect::<String>()
                        .to_lowercase()
                })
            })
            .collect();
        assert!(!marked.is_empty(), "{query}: no highlight in {hit:?}");
        assert!(
            marked
                .iter()
                .any(|m| m.contains(expected_word) || expected_word.contains(m.as_str())),
            "{query}: {marked:?}"
        );
    }
}

#[test]
fn hostile_queries_never_fail() {
    let file = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile-queries.txt"),
    )
    .unwrap();
    let mut queries: Vec<String> = file
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    queries.push("Kurs ".repeat(2_000));
    queries.push("a".repeat(10_000));
    queries.push("\u{200f}\u{202e}\u{2066}دورة\u{2069}\u{200e}".into());
    queries.push("\0\u{7}\u{1b}[31mKurs".into());
    queries.push(
        (0..500)
            .map(|i| char::from_u32(0x600 + i).unwrap_or(' '))
            .collect(),
    );
    for query in queries {
        for lang in ["de", "ar", "dsb"] {
            let results = sample().search(&SearchRequest::new(query.clone()).lang(lang));
            let results = results.unwrap_or_else(|e| panic!("{query:?}: {e}"));
            assert!(results.hits.len() <= 10);
            for hit in &results.hits {
                let len = hit.snippet.chars().count();
                assert!(hit
                    .highlights
                    .iter()
                    .all(|h| h.start < h.end && h.end <= len));
            }
        }
    }
}

#[test]
fn limit_zero_counts_without_hits() {
    let mut request = SearchRequest::new("Sprachkurs").lang("de");
    request.limit = 0;
    let results = sample().search(&request).unwrap();
    assert!(results.hits.is_empty());
    assert!(results.total > 0);
    request.query = String::new();
    let listing = sample().search(&request).unwrap();
    assert!(listing.hits.is_empty() && listing.total > 0);
}

#[test]
fn a_huge_offset_is_an_empty_page_not_an_abort() {
    let mut request = SearchRequest::new("Kurs").lang("de");
    request.offset = usize::MAX / 2;
    let results = sample().search(&request).unwrap();
    assert!(results.hits.is_empty());
    assert!(results.total > 0);
}
