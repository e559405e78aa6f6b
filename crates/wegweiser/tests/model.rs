//! The model reads TOML and writes and reads JSON without losing anything.

use wegweiser::{Directory, ExportOptions, Kind, Visibility};

#[test]
fn toml_to_model_to_json_to_model_is_lossless() {
    let original = Directory::sample().unwrap();
    let json = original
        .to_json(ExportOptions {
            include_internal: true,
        })
        .unwrap();
    let copy = Directory::from_json(&json).unwrap();
    assert_eq!(copy.data(), original.data());
    // The texts come back too, in every locale.
    let arabic = copy.locale(&["ar"]).unwrap();
    let a = original.text(&arabic, Kind::Service, "mbe-forst", Some("description"));
    let b = copy.text(&arabic, Kind::Service, "mbe-forst", Some("description"));
    assert_eq!(a, b);
    assert_eq!(b.unwrap().locale, "ar");
    assert_eq!(copy.l10n_status(), original.l10n_status());
    // And a second trip gives the same JSON.
    assert_eq!(
        copy.to_json(ExportOptions {
            include_internal: true
        })
        .unwrap(),
        json
    );
}

#[test]
fn the_model_serializes_in_the_toml_vocabulary() {
    let directory = Directory::sample().unwrap();
    let value = serde_json::to_value(directory.data()).unwrap();
    let service = &value["services"][0];
    assert_eq!(service["id"], "integration-course-forst");
    assert!(service["opening_hours"][0]["opens"]
        .as_str()
        .unwrap()
        .contains(':'));
    assert!(value["directory"]["status_as_of"]
        .as_str()
        .unwrap()
        .starts_with("20"));
    // TOML written from the model reads back to the same model.
    let toml = toml::to_string(directory.data()).unwrap();
    let back: wegweiser::DirectoryData = toml::from_str(&toml).unwrap();
    assert_eq!(&back, directory.data());
}

#[test]
fn a_public_export_carries_no_internal_contact() {
    let directory = Directory::sample().unwrap();
    let internal: Vec<&str> = directory
        .data()
        .contacts
        .iter()
        .filter(|c| c.visibility == Visibility::Internal)
        .map(|c| c.id.as_str())
        .collect();
    assert!(
        !internal.is_empty(),
        "the sample should have an internal contact to test with"
    );
    let json = directory.to_json(ExportOptions::default()).unwrap();
    for id in &internal {
        assert!(
            !json.contains(&format!("\"{id}\"")),
            "{id} leaked into the export"
        );
        assert!(
            !json.contains(&format!("contact-{id}")),
            "the text of {id} leaked into the export"
        );
    }
    // What remains is still a valid directory.
    let public = Directory::from_json(&json).unwrap();
    assert_eq!(
        public.data().contacts.len(),
        directory.data().contacts.len() - internal.len()
    );
}

#[test]
fn bad_json_is_an_error_with_a_position() {
    let error = Directory::from_json("{\"format\": \"wegweiser-directory/1\",\n \"directory\": ")
        .unwrap_err();
    // A located problem, like any other in a directory.
    assert!(
        error
            .to_string()
            .contains("directory.json:2:14: error: JSON syntax"),
        "{error}"
    );
    let error = Directory::from_json("not json").unwrap_err();
    assert!(
        error.to_string().contains("is an object with \"format\""),
        "{error}"
    );
}

#[test]
fn wrong_json_types_are_problems_naming_the_entity() {
    let json = r#"{"format": "wegweiser-directory/1", "directory": 5, "texts": {}}"#;
    match Directory::from_json(json) {
        Err(wegweiser::Error::Invalid { problems }) => {
            assert!(
                problems[0]
                    .to_string()
                    .starts_with("directory.json:1:50: error: `directory`: invalid type"),
                "{problems:#?}"
            );
        }
        other => panic!("expected Error::Invalid, got {other:?}"),
    }
}

#[test]
fn a_wrong_json_format_tag_is_located() {
    let directory = Directory::sample().unwrap();
    let json = directory.to_json(ExportOptions::default()).unwrap();
    let wrong = json.replacen("wegweiser-directory/1", "wegweiser-directory/9", 1);
    let (_, problems) = Directory::from_json_lenient(&wrong).unwrap();
    let at = wegweiser::SourceFile::new("directory.json", wrong.as_str())
        .line_col(wrong.find("\"wegweiser-directory/9\"").unwrap());
    let found: Vec<&wegweiser::Problem> = problems
        .iter()
        .filter(|p| {
            p.message
                .starts_with("`format` is \"wegweiser-directory/9\"")
        })
        .collect();
    assert_eq!(found.len(), 1, "{problems:#?}");
    assert_eq!((found[0].line, found[0].column), at);
    // `texts` is still known: nothing else is reported about the document's keys.
    assert!(
        problems
            .iter()
            .all(|p| p.code != wegweiser::ProblemCode::UnknownKey),
        "{problems:#?}"
    );
    let missing = json.replacen("\"format\": \"wegweiser-directory/1\",", "", 1);
    assert_ne!(missing, json);
    let (_, problems) = Directory::from_json_lenient(&missing).unwrap();
    assert!(problems
        .iter()
        .any(|p| p.message.starts_with("`format` is missing")));
}

#[test]
fn unknown_json_keys_are_reported() {
    let directory = Directory::sample().unwrap();
    let json = directory.to_json(ExportOptions::default()).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["services"][0]["colour"] = "red".into();
    let text = value.to_string();
    let (_, problems) = Directory::from_json_lenient(&text).unwrap();
    // The problem points at the key itself in the document.
    let at = wegweiser::SourceFile::new("directory.json", text.as_str())
        .line_col(text.find("\"colour\"").unwrap());
    assert!(
        problems.iter().any(
            |p| p.message.contains("unknown key `colour` in `services` #1")
                && (p.line, p.column) == at
        ),
        "{problems:#?}"
    );
}

#[test]
fn the_committed_json_schema_is_current() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/directory.schema.json");
    let current = serde_json::to_string_pretty(&wegweiser::json_schema()).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &current).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == current,
        "schema/directory.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test -p wegweiser --test model` and commit it"
    );
}

#[test]
fn the_schema_describes_the_format() {
    let schema = wegweiser::json_schema();
    let text = schema.to_string();
    for key in [
        "services",
        "opening_hours",
        "step_free",
        "name_dsb",
        "visibility",
        "time_frame",
    ] {
        assert!(text.contains(key), "schema lacks {key}");
    }
    // Unknown keys are flagged by editors, as by `wegweiser validate`.
    assert!(text.contains("\"additionalProperties\":false"), "{text}");
}
