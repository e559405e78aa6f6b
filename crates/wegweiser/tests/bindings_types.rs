//! The bindings' hand-written declarations of the values they exchange with the core
//! (TypeScript interfaces in bindings/wasm/index.d.ts, Python data classes and stubs) are
//! checked against the core's JSON Schemas (`wegweiser::api_schemas`): the same fields, and
//! no field the core always sends declared optional.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Field name → optional, for each `export interface Name { … }` of a declaration file.
fn typescript_interfaces(text: &str) -> BTreeMap<String, BTreeMap<String, bool>> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, BTreeMap<String, bool>)> = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("export interface ") {
            let name = rest
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            current = Some((name.to_owned(), BTreeMap::new()));
            continue;
        }
        if line.starts_with('}') {
            if let Some((name, fields)) = current.take() {
                out.insert(name, fields);
            }
            continue;
        }
        let Some((_, fields)) = current.as_mut() else {
            continue;
        };
        let trimmed = line.trim_start();
        let name: String = trimmed
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let after = &trimmed[name.len()..];
        if !name.is_empty() && (after.starts_with(':') || after.starts_with("?:")) {
            fields.insert(name, after.starts_with('?'));
        }
    }
    out
}

/// Field names of a Python class: `name: type` lines of its body, and properties.
fn python_fields(text: &str, class: &str) -> BTreeSet<String> {
    let header = format!("class {class}");
    let start = text
        .lines()
        .position(|l| l.starts_with(&header))
        .unwrap_or_else(|| panic!("no class {class}"));
    let body: Vec<&str> = text
        .lines()
        .skip(start + 1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .filter_map(|l| l.strip_prefix("    "))
        .collect();
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
    let mut fields = BTreeSet::new();
    for (i, line) in body.iter().enumerate() {
        if let Some((name, _)) = line.split_once(':').filter(|(name, _)| word(name)) {
            fields.insert(name.to_owned());
        }
        let property = i > 0 && body[i - 1] == "@property";
        if let Some(name) = line
            .strip_prefix("def ")
            .and_then(|l| l.split_once("(self)"))
        {
            if property && word(name.0) {
                fields.insert(name.0.to_owned());
            }
        }
    }
    fields
}

fn schema(name: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let schemas = wegweiser::api_schemas();
    let schema = &schemas[name];
    let properties = schema["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{name} has properties"))
        .keys()
        .cloned()
        .collect();
    let required = schema["required"]
        .as_array()
        .map(|r| {
            r.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    (properties, required)
}

#[test]
fn typescript_interfaces_match_the_core() {
    let interfaces = typescript_interfaces(&read("bindings/wasm/index.d.ts"));
    let pairs = [
        ("Problem", "Problem"),
        ("LocalizedText", "LocalizedText"),
        ("Negotiated", "NegotiatedLocale"),
        ("LocaleInfo", "LocaleInfo"),
        ("SearchRequest", "SearchRequest"),
        ("Highlight", "Highlight"),
        ("SearchHit", "SearchHit"),
        ("Facets", "Facets"),
        ("SearchResults", "SearchResults"),
        ("CardPlace", "CardPlace"),
        ("CardLink", "CardLink"),
        ("Card", "Card"),
        ("FilterOption", "FilterOption"),
        ("FilterOptions", "FilterOptions"),
        ("BundleLocale", "BundleLocale"),
        ("WebManifest", "WebManifest"),
        ("Metadata", "LocalizedMetadata"),
    ];
    // Conveniences the JS API converts before calling the core.
    let js_only: BTreeMap<&str, &[&str]> = BTreeMap::from([("SearchRequest", &["lang"][..])]);
    let mut wrong = Vec::new();
    for (ts, rust) in pairs {
        let Some(fields) = interfaces.get(ts) else {
            wrong.push(format!("index.d.ts has no interface {ts}"));
            continue;
        };
        let (properties, required) = schema(rust);
        let extra = js_only.get(ts).copied().unwrap_or_default();
        let declared: BTreeSet<String> = fields
            .keys()
            .filter(|f| !extra.contains(&f.as_str()))
            .cloned()
            .collect();
        if declared != properties {
            wrong.push(format!(
                "{ts}: missing {:?}, not in the core {:?}",
                properties.difference(&declared).collect::<Vec<_>>(),
                declared.difference(&properties).collect::<Vec<_>>()
            ));
        }
        for field in &required {
            if fields.get(field) == Some(&true) {
                wrong.push(format!("{ts}.{field} is always sent: drop the `?`"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn typescript_error_codes_cover_the_core() {
    let text = read("bindings/wasm/index.d.ts");
    let start = text.find("export type ErrorCode").expect("ErrorCode");
    let declaration = &text[start..start + text[start..].find(';').expect("end")];
    for code in wegweiser::Error::CODES {
        assert!(
            declaration.contains(&format!("'{code}'")),
            "ErrorCode lacks '{code}'"
        );
    }
}

#[test]
fn python_classes_match_the_core() {
    // The entity classes live in _items.py, the rest of the API in _api.py.
    let api = read("bindings/python/python/wegweiser/_api.py")
        + &read("bindings/python/python/wegweiser/_items.py");
    let stubs = read("bindings/python/python/wegweiser/_wegweiser.pyi");
    for (text, class, rust) in [
        (&api, "LocalizedText", "LocalizedText"),
        (&api, "Hit", "SearchHit"),
        (&api, "SearchResults", "SearchResults"),
        (&stubs, "Problem", "Problem"),
    ] {
        let (properties, _) = schema(rust);
        assert_eq!(python_fields(text, class), properties, "Python {class}");
    }
}

#[test]
fn the_parsers_read_declarations() {
    let ts = "export interface A {\n  /** doc */\n  a: string;\n  b?: number;\n  f(x: string): void;\n}\n";
    let parsed = typescript_interfaces(ts);
    assert_eq!(
        parsed["A"],
        BTreeMap::from([("a".to_owned(), false), ("b".to_owned(), true)])
    );
    let py = "@dataclass\nclass B:\n    x: int\n    y: str = \"\"\n\n    def f(self) -> None:\n        z: int = 1\n    @property\n    def p(self) -> int: ...\n";
    assert_eq!(
        python_fields(py, "B"),
        BTreeSet::from(["p".to_owned(), "x".to_owned(), "y".to_owned()])
    );
}

#[test]
fn python_item_classes_name_fields_of_the_model() {
    // The entity classes live in _items.py, the rest of the API in _api.py.
    let api = read("bindings/python/python/wegweiser/_api.py")
        + &read("bindings/python/python/wegweiser/_items.py");
    let model = wegweiser::json_schema();
    // Python properties computed from a field of another name.
    let derived: BTreeMap<&str, &str> =
        BTreeMap::from([("free", "cost"), ("municipality_kind", "kind")]);
    let mut wrong = Vec::new();
    for (class, rust) in [
        ("Service", "Service"),
        ("Measure", "Measure"),
        ("FieldOfAction", "FieldOfAction"),
        ("Organization", "Organization"),
        ("Contact", "Contact"),
        ("Municipality", "Municipality"),
    ] {
        let properties = model["$defs"][rust]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("the model has {rust}"));
        let fields = python_fields(&api, &format!("{class}(Item)"));
        assert!(!fields.is_empty(), "{class} has properties");
        for field in fields {
            let source = derived.get(field.as_str()).copied().unwrap_or(&field);
            if !properties.contains_key(source) {
                wrong.push(format!("{class}.{field} is no field of {rust}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
