//! "Open now" and "near me" on the sample: distances between its towns, search sorted by
//! distance (also from a Sorbian name), the `open_at` filter, and the texts a reader gets.

use wegweiser::{Directory, Error, Kind, SearchRequest};

fn sample() -> Directory {
    Directory::sample().unwrap()
}

/// Great-circle distances from Spremberg's centre, computed by hand with the spherical law
/// of cosines (R = 6371.0088 km) from the centres in the sample's directory.toml.
const FROM_SPREMBERG: [(&str, f64); 4] = [
    ("drebkau", 13.931),
    ("forst", 25.442),
    ("peitz", 31.950),
    ("guben", 47.757),
];

#[test]
fn distances_between_the_towns() {
    let d = sample();
    let spremberg = d.resolve_near("Spremberg").unwrap();
    for (town, km) in FROM_SPREMBERG {
        let computed = d.distance_to(Kind::Municipality, town, spremberg).unwrap();
        assert!(
            (computed - km).abs() < 0.01,
            "{town}: {computed} km, not {km}"
        );
    }
    // The Sorbian name is the same place.
    assert_eq!(d.resolve_near("Grodk").unwrap(), spremberg);
    assert_eq!(
        d.resolve_near("Baršć").unwrap(),
        d.resolve_near("forst").unwrap()
    );
}

#[test]
fn near_a_sorbian_name_sorts_by_distance() {
    let d = sample();
    let results = d
        .search(&SearchRequest {
            near: Some("Grodk".into()),
            kinds: vec![Kind::Service],
            limit: 200,
            ..SearchRequest::default()
        })
        .unwrap();
    let distances: Vec<f64> = results.hits.iter().filter_map(|h| h.distance_km).collect();
    assert!(distances.len() > 20, "{}", distances.len());
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    assert!(
        results.hits[0].id.ends_with("spremberg"),
        "{}",
        results.hits[0].id
    );
    assert!(distances[0] < 2.0);
    // Hits without a place come last, without a distance.
    let first_unplaced = results.hits.iter().position(|h| h.distance_km.is_none());
    if let Some(i) = first_unplaced {
        assert!(results.hits[i..].iter().all(|h| h.distance_km.is_none()));
    }
    // A radius keeps the near ones only; a query still ranks within it.
    let within = d
        .search(&SearchRequest {
            query: "Beratung".into(),
            near: Some("Grodk".into()),
            within_km: Some(10.0),
            limit: 200,
            ..SearchRequest::default()
        })
        .unwrap();
    assert!(within.total > 0);
    assert!(within
        .hits
        .iter()
        .all(|h| h.distance_km.is_some_and(|km| km <= 10.0) && !h.id.contains("forst")));
    assert_eq!(within.total, within.hits.len());
    assert_eq!(within.facets.kind.values().sum::<usize>(), within.total);
}

#[test]
fn distances_read_as_the_locale_writes_them() {
    let d = sample();
    let text = |lang: &str, km: f64| d.format_distance(&d.locale(&[lang]).unwrap(), km);
    assert_eq!(text("de", 2.44), "2,4 km");
    assert_eq!(text("en", 2.44), "2.4 km");
    assert_eq!(text("de", 0.804), "800 m");
    // Arabic isolates each number from the right-to-left text around it (U+2068 … U+2069).
    let arabic = text("ar", 2.44);
    assert_eq!(
        arabic.replace(['\u{2068}', '\u{2069}'], ""),
        "2.4 كم",
        "{arabic:?}"
    );
    let hit = d
        .search(&SearchRequest {
            near: Some("51.75,14.25".into()),
            locales: vec!["de".into()],
            ..SearchRequest::default()
        })
        .unwrap()
        .hits
        .remove(0);
    let shown = hit.distance.clone().unwrap();
    assert!(shown.ends_with(" km") || shown.ends_with(" m"), "{shown:?}");
}

#[test]
fn bad_places_are_clear_errors() {
    let d = sample();
    let search = |near: &str, within: Option<f64>| {
        d.search(&SearchRequest {
            near: Some(near.into()),
            within_km: within,
            ..SearchRequest::default()
        })
    };
    assert!(matches!(
        search("Atlantis", None),
        Err(Error::NotFound { .. })
    ));
    let error = search("91,14", None).unwrap_err().to_string();
    assert!(error.contains("latitude,longitude"), "{error}");
    let error = search("Grodk", Some(-1.0)).unwrap_err().to_string();
    assert!(error.contains("within_km"), "{error}");
    let error = d
        .search(&SearchRequest {
            within_km: Some(5.0),
            ..SearchRequest::default()
        })
        .unwrap_err()
        .to_string();
    assert!(error.contains("needs near"), "{error}");
}

fn open_at(d: &Directory, at: &str) -> Vec<String> {
    d.search(&SearchRequest {
        open_at: Some(at.into()),
        limit: 200,
        ..SearchRequest::default()
    })
    .unwrap()
    .hits
    .into_iter()
    .map(|h| h.id)
    .collect()
}

#[test]
fn open_at_filters_by_hours_holidays_and_closures() {
    let d = sample();
    // Monday 7 December 2026, 10:00.
    let monday = open_at(&d, "2026-12-07T10:00");
    assert!(monday.contains(&"mbe-forst".to_string()), "{monday:?}");
    assert!(monday.contains(&"citizens-office-forst".to_string()));
    assert!(monday.contains(&"immigration-office-forst".to_string()));
    // Courses need an appointment: not open to walk in.
    assert!(!monday.contains(&"integration-course-forst".to_string()));
    // The same instant written in UTC.
    assert_eq!(open_at(&d, "2026-12-07T09:00:00Z"), monday);
    // Monday 28 December: the counselling is on its Christmas break, the town hall open.
    let break_day = open_at(&d, "2026-12-28T10:00");
    assert!(!break_day.contains(&"mbe-forst".to_string()));
    assert!(break_day.contains(&"citizens-office-forst".to_string()));
    // Tuesday afternoon the immigration office sees only people with appointments.
    let tuesday = open_at(&d, "2026-12-08T14:00");
    assert!(!tuesday.contains(&"immigration-office-forst".to_string()));
    assert!(tuesday.contains(&"citizens-office-forst".to_string()));
    // Christmas Day: everything is closed.
    assert_eq!(open_at(&d, "2026-12-25T10:00"), Vec::<String>::new());
    // A Saturday: the library in Spremberg.
    assert!(
        open_at(&d, "2026-12-05T11:00").contains(&"library-international-spremberg".to_string())
    );
    let error = d
        .search(&SearchRequest {
            open_at: Some("tomorrow".into()),
            ..SearchRequest::default()
        })
        .unwrap_err();
    assert_eq!(error.code(), "invalid-argument");
}

#[test]
fn the_state_now_in_the_readers_language() {
    let d = sample();
    let now = |lang: &str, id: &str, at: &str| {
        let locale = d.locale(&[lang]).unwrap();
        d.hours_now(&locale, id, d.parse_instant(at).unwrap())
            .unwrap()
    };
    let open = now("de", "mbe-forst", "2026-12-07T10:00");
    assert_eq!(
        (open.state, open.text.as_str()),
        ("open", "Jetzt geöffnet, bis 12:00 Uhr")
    );
    assert_eq!(open.until.as_deref(), Some("2026-12-07T12:00:00+01:00"));
    let lunch = now("de", "mbe-forst", "2026-12-07T12:30");
    assert_eq!(lunch.text, "Jetzt geschlossen · öffnet heute um 13:00 Uhr");
    let english = now("en", "mbe-forst", "2026-12-07T12:30");
    assert_eq!(english.text, "Closed now · opens today at 13:00");
    let whit_monday = now("de", "mbe-forst", "2027-05-17T10:00");
    assert_eq!(
        whit_monday.text,
        "Heute geschlossen (Pfingstmontag) · öffnet Mittwoch um 09:00 Uhr"
    );
    assert_eq!(whit_monday.reason.as_deref(), Some("whit-monday"));
    let christmas = now("de", "mbe-forst", "2026-12-28T10:00");
    assert_eq!(
        christmas.text,
        "Geschlossen: Weihnachtspause, ab Montag, 4. Januar 2027 wieder geöffnet · öffnet am 04.01.2027 um 09:00 Uhr"
    );
    assert_eq!(christmas.reason.as_deref(), Some("closure:christmas-2026"));
    assert_eq!(
        christmas.next_opening.as_deref(),
        Some("2027-01-04T09:00:00+01:00")
    );
    let appointment = now("de", "immigration-office-forst", "2026-12-08T14:00");
    assert_eq!(appointment.state, "by-appointment");
    assert_eq!(appointment.text, "Jetzt nur mit Termin, bis 18:00 Uhr");
    let arranged = now("de", "mediation-neighbourhood", "2026-12-08T14:00");
    assert_eq!(
        (arranged.state, arranged.text.as_str()),
        ("by-arrangement", "Zeiten nach Vereinbarung")
    );
    // Arabic: the holiday's Arabic name, in an Arabic text.
    let arabic = now("ar", "mbe-forst", "2027-05-17T10:00");
    assert_eq!(arabic.locale, "ar");
    assert!(arabic.text.contains("العنصرة"), "{}", arabic.text);
    // Sorbian: the weekday in the form the grammar asks for.
    let sorbian = now("dsb", "mbe-forst", "2027-05-17T10:00");
    assert_eq!(sorbian.locale, "dsb");
    assert!(sorbian.text.contains("srjodu"), "{}", sorbian.text);
}

#[test]
fn the_coming_week() {
    let d = sample();
    let locale = d.locale(&["de"]).unwrap();
    let from = "2026-12-21".parse().unwrap();
    let week = d.hours_week(&locale, "mbe-forst", from).unwrap();
    let lines: Vec<String> = week
        .iter()
        .map(|w| format!("{}: {}", w.label, w.hours))
        .collect();
    assert_eq!(
        lines,
        [
            "Montag, 21.12.2026: 09:00–12:00 Uhr, 13:00–15:00 Uhr",
            "Dienstag, 22.12.2026: geschlossen",
            "Mittwoch, 23.12.2026: Geschlossen: Weihnachtspause, ab Montag, 4. Januar 2027 wieder geöffnet",
            "Donnerstag, 24.12.2026: Geschlossen: Weihnachtspause, ab Montag, 4. Januar 2027 wieder geöffnet",
            "Freitag, 25.12.2026: Geschlossen: Weihnachtspause, ab Montag, 4. Januar 2027 wieder geöffnet",
            "Samstag, 26.12.2026: Geschlossen: Weihnachtspause, ab Montag, 4. Januar 2027 wieder geöffnet",
            "Sonntag, 27.12.2026: Geschlossen: Weihnachtspause, ab Montag, 4. Januar 2027 wieder geöffnet",
        ]
    );
    assert_eq!(week[4].holiday.as_deref(), Some("christmas-day"));
    // Arabic joins with its own comma.
    let arabic = d
        .hours_week(&d.locale(&["ar"]).unwrap(), "mbe-forst", from)
        .unwrap();
    assert!(
        arabic[0].label.starts_with("الإثنين، "),
        "{}",
        arabic[0].label
    );
    assert_eq!(
        arabic[0].hours.matches("، ").count(),
        1,
        "{}",
        arabic[0].hours
    );
    // A contact's office hours close on holidays too.
    let desk = d
        .hours_week(
            &locale,
            "contact:immigration-desk-forst",
            "2027-05-17".parse().unwrap(),
        )
        .unwrap();
    assert_eq!(desk[0].hours, "Pfingstmontag: geschlossen");
    assert_eq!(desk[1].hours, "08:30–12:00 Uhr, 13:00–17:30 Uhr");
}
