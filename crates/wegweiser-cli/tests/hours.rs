//! `--open-at`, `--open-now`, `--near`, `--within` on `search`, and the week in `show`.

mod common;

use common::wegweiser;

fn stdout(args: &[&str]) -> String {
    let output = wegweiser(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn ids(json: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    value["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn open_at_keeps_what_is_open_then() {
    let christmas_break = stdout(&[
        "search",
        "",
        "--open-at",
        "2026-12-28T10:00",
        "--limit",
        "200",
        "--json",
    ]);
    let open = ids(&christmas_break);
    assert!(
        open.contains(&"citizens-office-forst".to_string()),
        "{open:?}"
    );
    assert!(!open.contains(&"mbe-forst".to_string()));
    let christmas = stdout(&["search", "", "--open-at", "2026-12-25T10:00", "--json"]);
    assert!(ids(&christmas).is_empty());
    // --open-now runs with the machine's clock: it must at least be accepted.
    stdout(&["search", "Beratung", "--open-now", "--json"]);
}

#[test]
fn near_a_sorbian_name_within_a_radius() {
    let json = stdout(&[
        "search", "Beratung", "--near", "Grodk", "--within", "10km", "--limit", "200", "--json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let distances: Vec<f64> = value["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["distance_km"].as_f64().unwrap())
        .collect();
    assert!(!distances.is_empty());
    assert!(distances.windows(2).all(|w| w[0] <= w[1]) && distances.iter().all(|d| *d <= 10.0));
    let text = stdout(&[
        "--lang",
        "de",
        "search",
        "Beratung",
        "--near",
        "51.5717,14.3794",
        "--limit",
        "1",
    ]);
    assert!(text.lines().nth(1).unwrap().ends_with(" m"), "{text}");
}

#[test]
fn bad_places_and_times_are_usage_errors() {
    for (args, says) in [
        (&["search", "x", "--near", "Atlantis"][..], "Atlantis"),
        (
            &["search", "x", "--near", "Grodk", "--within", "far"],
            "10km",
        ),
        (&["search", "x", "--open-at", "soon"], "2026-12-24T10:00"),
        (
            &["show", "mbe-forst", "--at", "25.12.2026"],
            "2026-12-24T10:00",
        ),
    ] {
        let output = wegweiser(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(
            error.contains(says) && !error.contains("panicked"),
            "{error}"
        );
    }
    // --within without --near is refused by the argument parser.
    assert_eq!(
        wegweiser(&["search", "x", "--within", "5km"]).status.code(),
        Some(2)
    );
}

#[test]
fn show_prints_the_state_and_the_coming_week() {
    let text = stdout(&[
        "--lang",
        "de",
        "show",
        "mbe-forst",
        "--at",
        "2027-05-17T10:00",
    ]);
    assert!(
        text.contains("Heute geschlossen (Pfingstmontag) · öffnet Mittwoch um 09:00 Uhr"),
        "{text}"
    );
    assert!(text.contains("Die nächsten sieben Tage:"));
    assert!(
        text.contains("  Montag, 17.05.2027: Pfingstmontag: geschlossen"),
        "{text}"
    );
    assert!(
        text.contains("  Mittwoch, 19.05.2027: 09:00–12:00 Uhr"),
        "{text}"
    );
    let contact = stdout(&[
        "--lang",
        "en",
        "show",
        "immigration-desk-forst",
        "--at",
        "2026-12-08T14:00",
    ]);
    assert!(contact.contains("Open now, until 17:30"), "{contact}");
}

#[test]
fn list_services_open_then_and_near_with_a_distance_column() {
    let text = stdout(&[
        "--lang", "de", "list", "services", "--near", "Grodk", "--within", "5km",
    ]);
    let rows: Vec<&str> = text.lines().filter(|l| l.contains("spremberg")).collect();
    assert!(rows.len() > 3, "{text}");
    assert!(
        rows.iter().all(|r| r.ends_with(" m") || r.ends_with(" km")),
        "{text}"
    );
    assert!(!text.contains("forst"), "{text}");
    let json = stdout(&[
        "list",
        "services",
        "--open-at",
        "2026-12-28T10:00",
        "--json",
    ]);
    let open: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let ids: Vec<&str> = open.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(
        ids.contains(&"citizens-office-forst") && !ids.contains(&"mbe-forst"),
        "{ids:?}"
    );
}
