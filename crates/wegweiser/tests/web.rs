//! What web pages get: the web bundle, locale selection from its manifest, cards, filter options.

use std::collections::BTreeMap;

use wegweiser::{Directory, Kind, LinkKind, SourceFiles, WebManifest, WEB_FORMAT};

fn bundle_files(bundle: &wegweiser::WebBundle, locales: &[&str]) -> BTreeMap<String, String> {
    let wanted = bundle.manifest.files_for(locales);
    bundle
        .files
        .iter()
        .filter(|f| wanted.contains(&f.path))
        .map(|f| (f.path.clone(), f.text.to_string()))
        .collect()
}

#[test]
fn the_bundle_has_one_file_per_locale_the_source_first() {
    let sample = Directory::sample().unwrap();
    let bundle = sample.web_bundle().unwrap();
    let tags: Vec<&str> = bundle
        .manifest
        .locales
        .iter()
        .map(|l| l.tag.as_str())
        .collect();
    assert_eq!(tags[0], "de");
    assert_eq!(tags.len(), sample.locales().len());
    assert_eq!(bundle.manifest.format, WEB_FORMAT);
    let arabic = bundle
        .manifest
        .locales
        .iter()
        .find(|l| l.tag == "ar")
        .unwrap();
    assert_eq!(arabic.name, "العربية");
    assert_eq!(arabic.direction, wegweiser::Direction::Rtl);
    assert!(arabic.machine_translated);
    for locale in &bundle.manifest.locales {
        let file = bundle
            .files
            .iter()
            .find(|f| f.path == locale.file.path)
            .unwrap();
        assert_eq!(file.text.len(), locale.file.bytes);
        assert_eq!(file.path, format!("locales/{}/directory.ftl", locale.tag));
    }
}

#[test]
fn a_partial_bundle_reads_back_with_the_same_texts() {
    let sample = Directory::sample().unwrap();
    let bundle = sample.web_bundle().unwrap();
    let files = bundle_files(&bundle, &["ar", "de"]);
    assert_eq!(
        files.len(),
        4,
        "structure, de, ar and ar's lock: {:?}",
        files.keys()
    );
    let partial = Directory::from_sources(SourceFiles::from_map(files).unwrap()).unwrap();
    let ar = sample.locale(&["ar"]).unwrap();
    let ar_partial = partial.locale(&["ar"]).unwrap();
    for service in &sample.data().services {
        assert_eq!(
            sample.texts(&ar, Kind::Service, &service.id),
            partial.texts(&ar_partial, Kind::Service, &service.id)
        );
    }
    // Without Ukrainian downloaded, Ukrainian readers get the German texts.
    let uk = partial.locale(&["uk"]).unwrap();
    assert_eq!(uk.primary().to_string(), "de");
}

#[test]
fn internal_contacts_stay_out_of_the_bundle() {
    let sample = Directory::sample().unwrap();
    let internal: Vec<&str> = sample
        .data()
        .contacts
        .iter()
        .filter(|c| c.visibility == wegweiser::Visibility::Internal)
        .map(|c| c.id.as_str())
        .collect();
    assert!(
        !internal.is_empty(),
        "the sample has an internal contact to hide"
    );
    let bundle = sample.web_bundle().unwrap();
    for file in &bundle.files {
        for id in &internal {
            assert!(!file.text.contains(id), "{id} leaks into {}", file.path);
        }
    }
}

#[test]
fn the_manifest_picks_locales_in_fallback_order() {
    let bundle = Directory::sample().unwrap().web_bundle().unwrap();
    let manifest = &bundle.manifest;
    assert_eq!(manifest.locales_for(&["fa-AF", "en"]), ["fa", "en", "de"]);
    assert_eq!(manifest.locales_for(&["dsb-DE"]), ["dsb", "de"]);
    assert_eq!(manifest.locales_for(&["not a tag!", "xx"]), ["de"]);
    assert_eq!(manifest.locales_for::<&str>(&[]), ["de"]);
    assert_eq!(
        manifest.preload,
        ["directory.json", "locales/de/directory.ftl"]
    );
    for locales in [manifest.locales_for(&["ar"]), manifest.locales_for(&["xx"])] {
        let needed = manifest.files_for(&locales);
        assert!(
            manifest.preload.iter().all(|p| needed.contains(p)),
            "{needed:?}"
        );
    }
    assert_eq!(
        manifest.files_for(&["uk", "de"]),
        [
            "directory.json",
            "locales/de/directory.ftl",
            "locales/uk/directory.ftl",
            "locales/uk/l10n.lock"
        ]
    );
}

#[test]
fn a_broken_manifest_is_a_clear_error() {
    let error = WebManifest::from_json("{\n  \"format\": ").unwrap_err();
    assert!(
        error.to_string().contains("wegweiser.json line 2 column"),
        "{error}"
    );
    let manifest = Directory::sample().unwrap().web_bundle().unwrap().manifest;
    let mut other = serde_json::to_value(&manifest).unwrap();
    other["format"] = "wegweiser-web/99".into();
    let error = WebManifest::from_json(&other.to_string()).unwrap_err();
    assert!(error.to_string().contains("wegweiser-web/99"), "{error}");
    assert_eq!(error.code(), "invalid-argument");
}

#[test]
fn files_must_be_structure_or_fluent() {
    let mut files = BTreeMap::new();
    files.insert("locales/de/a.ftl".to_owned(), "x = y\n".to_owned());
    files.insert("../etc/passwd".to_owned(), String::new());
    let error = SourceFiles::from_map(files).unwrap_err();
    assert!(error.to_string().contains("../etc/passwd"), "{error}");
}

#[test]
fn cards_have_places_safe_links_hours_and_languages() {
    let sample = Directory::sample().unwrap();
    let de = sample.locale(&["de"]).unwrap();
    let card = sample
        .card(&de, Kind::Service, "integration-course-forst")
        .unwrap();
    assert_eq!(card.name.locale, "de");
    assert!(card.places[0].town.contains("Forst (Lausitz) / Baršć"));
    let phone = card
        .links
        .iter()
        .find(|l| l.kind == LinkKind::Phone)
        .unwrap();
    assert!(phone.href.starts_with("tel:+49"), "{}", phone.href);
    assert!(card.links.iter().any(|l| l.href.starts_with("mailto:")));
    assert!(card.hours[0].contains("08:30"), "{:?}", card.hours);
    assert!(card.languages.iter().any(|l| l.name == "Українська"));
    assert_eq!(card.cost.unwrap().text, "kostenlos");

    let dsb = sample.locale(&["dsb"]).unwrap();
    let card = sample
        .card(&dsb, Kind::Service, "integration-course-forst")
        .unwrap();
    assert!(
        card.places[0].town.starts_with("Baršć"),
        "{}",
        card.places[0].town
    );
    assert!(sample.card(&de, Kind::Service, "nope").is_err());
}

#[test]
fn filter_options_name_municipalities_in_both_languages() {
    let sample = Directory::sample().unwrap();
    let de = sample.locale(&["de"]).unwrap();
    let options = sample.filter_options(&de);
    let spremberg = options
        .municipality
        .iter()
        .find(|o| o.value == "spremberg")
        .unwrap();
    assert_eq!(spremberg.label, "Spremberg / Grodk");
    assert_eq!(options.field.len(), sample.data().fields.len());
    assert!(options
        .offered_in
        .iter()
        .any(|o| o.value == "ar" && o.label == "العربية"));
    assert_eq!(options.kind.len(), 4);
    let dsb = sample.locale(&["dsb"]).unwrap();
    let options = sample.filter_options(&dsb);
    assert!(options
        .municipality
        .iter()
        .any(|o| o.label == "Grodk / Spremberg"));
}

#[test]
fn pages_get_locales_named_in_themselves_and_metadata_in_their_language() {
    let sample = Directory::sample().unwrap();
    let infos = sample.locale_infos();
    let sorbian = infos.iter().find(|i| i.tag == "dsb").unwrap();
    assert_eq!(sorbian.name, "Dolnoserbšćina");
    assert_eq!(
        infos.iter().find(|i| i.tag == "fa").unwrap().direction,
        wegweiser::Direction::Rtl
    );

    // Junk from a browser or a page author is skipped, not fatal.
    let locale = sample.locale_skipping_invalid(&["not a tag!", "ar-SY", ""]);
    let described = locale.describe();
    assert_eq!(described.locale, "ar");
    assert_eq!(described.chain.last().map(String::as_str), Some("de"));
    assert_eq!(described.direction, wegweiser::Direction::Rtl);
    assert_eq!(
        sample.locale_skipping_invalid(&["!!"]).describe().locale,
        "de"
    );

    let metadata = sample.localized_metadata(&locale);
    assert_eq!(metadata.title.as_ref().unwrap().locale, "ar");
    assert!(metadata.metadata.demo);
    assert!(metadata.demo_notice.is_some());
}

#[test]
fn the_first_view_is_what_the_live_directory_shows() {
    let sample = Directory::sample().unwrap();
    let arabic = sample.locale(&["ar"]).unwrap();
    let view = sample
        .first_view(&arabic, wegweiser::FIRST_VIEW_RESULTS)
        .unwrap();
    let live = sample
        .search(&wegweiser::SearchRequest {
            query: String::new(),
            locales: vec!["ar".into()],
            limit: wegweiser::FIRST_VIEW_RESULTS,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(view.results, live);
    // The view names the request it answers, and that request gives its results.
    assert_eq!(view.request.locales, ["ar"]);
    assert_eq!(view.request.limit, wegweiser::FIRST_VIEW_RESULTS);
    assert_eq!(sample.search(&view.request).unwrap(), view.results);
    assert_eq!(view.cards.len(), 10);
    for (hit, card) in live.hits.iter().zip(&view.cards) {
        assert_eq!(card, &sample.card(&arabic, hit.kind, &hit.id).unwrap());
    }
    assert_eq!(view.locale, arabic.describe());
    assert_eq!(view.locale.direction, wegweiser::Direction::Rtl);
    assert_eq!(view.filter_options, sample.filter_options(&arabic));
    let count = sample.ui(
        &arabic,
        "count-results",
        &[("count", wegweiser::UiArg::Number(live.total as f64))],
    );
    assert_eq!(view.ui["count-results"], count);
    assert_eq!(
        view.ui["widget-search-label"],
        sample.ui(&arabic, "widget-search-label", &[])
    );
    assert!(view.ui.len() > 50, "{} UI strings", view.ui.len());
}

#[test]
fn the_bundle_has_a_first_view_per_locale() {
    let sample = Directory::sample().unwrap();
    let bundle = sample.web_bundle().unwrap();
    for locale in &bundle.manifest.locales {
        let entry = locale.first_view.as_ref().expect("a first view");
        assert_eq!(entry.path, format!("first/{}.json", locale.tag));
        let file = bundle.files.iter().find(|f| f.path == entry.path).unwrap();
        assert_eq!(file.text.len(), entry.bytes);
        let view: serde_json::Value = serde_json::from_str(&file.text).unwrap();
        assert_eq!(view["locale"]["locale"], locale.tag.as_str());
        assert_eq!(view["cards"].as_array().unwrap().len(), 10);
    }
    // A reader's files do not include first views: the page fetches one itself.
    let files = bundle.manifest.files_for(&["ar", "de"]);
    assert!(files.iter().all(|f| !f.starts_with("first/")), "{files:?}");
}

#[test]
fn the_bundle_version_changes_with_any_text_and_only_then() {
    let sample = Directory::sample().unwrap();
    let bundle = sample.web_bundle().unwrap();
    let version = &bundle.manifest.version;
    assert_eq!(version.len(), 20, "{version}");
    assert_eq!(&sample.web_bundle().unwrap().manifest.version, version);
    let all: Vec<&str> = bundle
        .manifest
        .locales
        .iter()
        .map(|l| l.tag.as_str())
        .collect();
    let files = bundle_files(&bundle, &all);
    let again = Directory::from_sources(SourceFiles::from_map(files.clone()).unwrap()).unwrap();
    assert_eq!(&again.web_bundle().unwrap().manifest.version, version);
    // One word of the Ukrainian texts changes: a new version.
    let mut changed = files;
    let uk = changed.get_mut("locales/uk/directory.ftl").unwrap();
    let at = uk.find("= ").unwrap() + 2;
    uk.insert_str(at, "Нове ");
    let edited = Directory::from_sources(SourceFiles::from_map(changed).unwrap()).unwrap();
    assert_ne!(&edited.web_bundle().unwrap().manifest.version, version);
}
