//! The Spree-Neiße sample: complete, valid, and answering the questions its users ask.

use std::collections::BTreeSet;

use wegweiser::{Directory, Filter, Kind, MunicipalityKind};

fn sample() -> Directory {
    Directory::sample().unwrap()
}

#[test]
fn the_sample_has_no_problems() {
    let (_, mut problems) = Directory::from_sources_lenient(Directory::sample_sources()).unwrap();
    // Except the outdated translations it ships so that the feature shows.
    let outdated: Vec<String> = problems
        .iter()
        .filter(|p| p.code == wegweiser::ProblemCode::OutdatedTranslation)
        .map(|p| format!("{}:{}", p.file, p.line))
        .collect();
    assert_eq!(
        outdated,
        [
            "locales/ar/services.ftl:116",
            "locales/dsb/services.ftl:116",
            "locales/uk/services.ftl:116"
        ]
    );
    problems.retain(|p| p.code != wegweiser::ProblemCode::OutdatedTranslation);
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_sample_on_disk_is_the_one_compiled_in() {
    let on_disk = wegweiser::SourceFiles::read_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/spree-neisse"),
    )
    .unwrap();
    let compiled = Directory::sample_sources();
    let paths = |s: &wegweiser::SourceFiles| {
        s.fluent
            .iter()
            .chain(&s.locks)
            .map(|f| f.path.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(paths(&on_disk), paths(&compiled));
    assert_eq!(on_disk, compiled);
}

#[test]
fn the_sample_covers_the_whole_concept() {
    let d = sample();
    let data = d.data();
    assert!(data.directory.demo, "the sample must say it is demo data");
    assert_eq!(data.fields.len(), 9);
    for field in &data.fields {
        let goals = data.goals.iter().filter(|g| g.field == field.id).count();
        let recommendations = data
            .recommendations
            .iter()
            .filter(|r| r.field == field.id)
            .count();
        let measures = data.measures.iter().filter(|m| m.field == field.id).count();
        assert!(
            goals >= 2 && recommendations >= 2 && measures >= 3,
            "{}: {goals}/{recommendations}/{measures}",
            field.id
        );
    }
    assert_eq!(data.principles.len(), 4);
    assert!(
        data.services.len() >= 60,
        "{} services",
        data.services.len()
    );
    assert!(
        data.contacts.len() >= 25,
        "{} contacts",
        data.contacts.len()
    );
    for town in ["forst", "guben", "spremberg"] {
        let services = d
            .services(&Filter {
                municipality: Some(town.into()),
                ..Filter::default()
            })
            .unwrap();
        assert!(services.len() >= 8, "{town}: {}", services.len());
    }
    let amter: Vec<_> = data
        .municipalities
        .iter()
        .filter(|m| m.kind == MunicipalityKind::Amt)
        .collect();
    assert_eq!(amter.len(), 3);
}

#[test]
fn every_municipality_of_the_reference_is_there_with_its_sorbian_name() {
    let d = sample();
    let pairs = [
        ("Drebkau", "Drjowk"),
        ("Forst (Lausitz)", "Baršć (Łužyca)"),
        ("Spremberg", "Grodk"),
        ("Welzow", "Wjelcej"),
        ("Kolkwitz", "Gołkojce"),
        ("Neuhausen/Spree", "Kopańce"),
        ("Drachhausen", "Hochoza"),
        ("Drehnow", "Drjenow"),
        ("Heinersbrück", "Móst"),
        ("Jänschwalde", "Janšojce"),
        ("Peitz", "Picnjo"),
        ("Tauer", "Turjej"),
        ("Teichland", "Gatojce"),
        ("Turnow-Preilack", "Turnow-Pśiłuk"),
        ("Döbern", "Derbno"),
        ("Felixsee", "Feliksowy jazor"),
        ("Groß Schacksdorf-Simmersdorf", "Tšěšojce-Žymjerojce"),
        ("Jämlitz-Klein Düben", "Jemjelica-Źěwink"),
        ("Neiße-Malxetal", "Dolina Nysa-Małksa"),
        ("Tschernitz", "Cersk"),
        ("Wiesengrund", "Łukojce"),
    ];
    for (german, sorbian) in pairs {
        let m = d
            .municipality(german)
            .unwrap_or_else(|e| panic!("{german}: {e}"));
        assert_eq!(m.name_dsb.as_deref(), Some(sorbian), "{german}");
        assert_eq!(
            d.municipality(sorbian).unwrap().id,
            m.id,
            "{sorbian} finds {german}"
        );
    }
    for german in [
        "Guben",
        "Schenkendöbern",
        "Briesen",
        "Burg (Spreewald)",
        "Dissen-Striesow",
        "Guhrow",
        "Schmogrow-Fehrow",
        "Werben",
    ] {
        d.municipality(german)
            .unwrap_or_else(|e| panic!("{german}: {e}"));
    }
    // Unchecked Sorbian spellings are marked as such.
    assert!(!d.municipality("Werben").unwrap().name_dsb_verified);
}

#[test]
fn the_demo_data_reaches_no_real_person() {
    let d = sample();
    for contact in &d.data().contacts {
        assert!(contact.person_name.is_none(), "{}", contact.id);
        if let Some(email) = &contact.email {
            assert!(email.ends_with(".example"), "{email}");
        }
        for phone in &contact.phones {
            // Area code, then a subscriber number starting with 0: no such line exists.
            let e164 = wegweiser::normalize_phone(phone, "49").unwrap();
            let national = e164.trim_start_matches("+49");
            let area_codes = [
                "3562", "3561", "3563", "35601", "35600", "35603", "35751", "35602", "355",
            ];
            let area = area_codes
                .iter()
                .find(|a| national.starts_with(*a))
                .unwrap_or_else(|| panic!("{phone}"));
            assert!(
                national[area.len()..].starts_with('0'),
                "{phone} could reach a real line"
            );
        }
    }
}

#[test]
fn translation_coverage_is_as_promised() {
    let status = sample().l10n_status();
    let coverage = |tag: &str| {
        status
            .locales
            .iter()
            .find(|l| l.locale == tag)
            .unwrap()
            .coverage
    };
    for complete in ["de", "dsb", "en", "ar", "uk"] {
        assert_eq!(coverage(complete), 1.0, "{complete} should be complete");
    }
    for partial in ["ru", "fa", "tr", "pl"] {
        let c = coverage(partial);
        assert!(c > 0.1 && c < 1.0, "{partial} should be partial, is {c}");
    }
    let german = status.locales.iter().find(|l| l.locale == "de").unwrap();
    assert_eq!(german.translated, german.total);
    let english = status.locales.iter().find(|l| l.locale == "en").unwrap();
    assert_eq!(
        english.machine_translated, english.total,
        "the sample marks its translations as machine-made"
    );
}

#[test]
fn sorbian_names_and_amter_filter_services() {
    let d = sample();
    let by = |m: &str| -> BTreeSet<String> {
        d.services(&Filter {
            municipality: Some(m.into()),
            ..Filter::default()
        })
        .unwrap()
        .iter()
        .map(|s| s.id.clone())
        .collect()
    };
    assert_eq!(by("Grodk"), by("Spremberg"));
    assert_eq!(by("Baršć"), by("forst"));
    assert_eq!(by("barsc"), by("Forst (Lausitz)"));
    // An Amt covers its member municipalities.
    let peitz = by("Peitz");
    assert!(!peitz.is_empty());
    assert!(by("Amt Peitz").is_superset(&peitz));
    assert!(by("Amt Picnjo").is_superset(&peitz));
    let error = d
        .services(&Filter {
            municipality: Some("Sprembreg".into()),
            ..Filter::default()
        })
        .unwrap_err();
    assert!(
        error.to_string().contains("did you mean `Spremberg`"),
        "{error}"
    );
}

#[test]
fn filters_combine() {
    let d = sample();
    let arabic_education = d
        .services(&Filter {
            field: Some("education".into()),
            offered_in: Some("ar".into()),
            ..Filter::default()
        })
        .unwrap();
    assert!(!arabic_education.is_empty());
    for service in &arabic_education {
        assert!(service.fields.contains(&"education".to_owned()));
        assert!(service.languages.contains(&"ar".to_owned()));
    }
    // Dari speakers are served by services offered in Persian.
    let dari = d
        .services(&Filter {
            offered_in: Some("fa-AF".into()),
            ..Filter::default()
        })
        .unwrap();
    let persian = d
        .services(&Filter {
            offered_in: Some("fa".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(dari.len(), persian.len());
    assert!(d
        .services(&Filter {
            field: Some("nonsense".into()),
            ..Filter::default()
        })
        .is_err());
}

#[test]
fn the_analysts_question_which_fields_lack_a_service_somewhere() {
    let d = sample();
    let guben = Filter {
        municipality: Some("Guben".into()),
        ..Filter::default()
    };
    let covered = d.fields_of_action(&guben).unwrap();
    let gaps = d.fields_without_services(&guben).unwrap();
    assert_eq!(covered.len() + gaps.len(), 9);
    // Every field listed as covered really has a service in Guben.
    for field in covered {
        let services = d
            .services(&Filter {
                field: Some(field.id.clone()),
                ..guben.clone()
            })
            .unwrap();
        assert!(!services.is_empty());
    }
    // A small municipality has gaps.
    let welzow = Filter {
        municipality: Some("Wjelcej".into()),
        ..Filter::default()
    };
    assert!(!d.fields_without_services(&welzow).unwrap().is_empty());
}

#[test]
fn internal_contacts_are_hidden_unless_asked_for() {
    let d = sample();
    let public = d.contacts(&Filter::default()).unwrap();
    let all = d
        .contacts(&Filter {
            include_internal: true,
            ..Filter::default()
        })
        .unwrap();
    assert!(all.len() > public.len());
}

#[test]
fn find_accepts_kind_prefixes_and_suggests() {
    let d = sample();
    assert_eq!(d.find("mbe-forst").unwrap().0, Kind::Service);
    assert_eq!(d.find("service:mbe-forst").unwrap().0, Kind::Service);
    let error = d.find("mbe-frost").unwrap_err();
    assert!(
        error.to_string().contains("did you mean `mbe-forst`"),
        "{error}"
    );
}

#[test]
fn opening_hours_read_naturally() {
    let d = sample();
    let german = d.locale(&["de"]).unwrap();
    let hours = wegweiser::OpeningHours {
        days: vec![
            wegweiser::Weekday::Mo,
            wegweiser::Weekday::Tu,
            wegweiser::Weekday::We,
            wegweiser::Weekday::Fr,
        ],
        opens: wegweiser::Time::parse("09:00").unwrap(),
        closes: wegweiser::Time::parse("12:30").unwrap(),
        appointment_only: false,
        valid_from: None,
        valid_through: None,
    };
    assert_eq!(
        d.format_hours(&german, &hours),
        "Montag–Mittwoch, Freitag: 09:00–12:30 Uhr"
    );
}

#[test]
fn list_serves_every_kind_with_its_filters() {
    let d = sample();
    let fields = d.list(Kind::Field, &Filter::default()).unwrap();
    assert_eq!(fields.len(), 9);
    assert_eq!(
        fields[0],
        d.data().fields.iter().find(|f| f.number == 1).unwrap().id
    );
    let in_guben = Filter {
        municipality: Some("Guben".into()),
        ..Filter::default()
    };
    let services = d.list(Kind::Service, &in_guben).unwrap();
    assert_eq!(services.len(), d.services(&in_guben).unwrap().len());
    let goals = d.list(Kind::Goal, &Filter::default()).unwrap();
    assert_eq!(goals.len(), d.data().goals.len());
    let arabic = d.locale(&["ar"]).unwrap();
    let json = d.list_json(&arabic, Kind::Service, &in_guben).unwrap();
    assert_eq!(json.len(), services.len());
    assert_eq!(json[0]["texts"]["name"]["locale"], "ar");
    // A municipality's own kind does not shadow the entity kind.
    let towns = d
        .list_json(&arabic, Kind::Municipality, &Filter::default())
        .unwrap();
    assert!(towns.iter().all(|t| t["kind"] == "municipality"));
    assert!(towns.iter().any(|t| t["municipality_kind"] == "amt"));
}
