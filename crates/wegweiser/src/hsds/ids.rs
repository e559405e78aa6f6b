//! HSDS ids: UUIDs, derived from our ids so that the same directory gives the same ids.

use uuid::Uuid;

/// The namespace of every id wegweiser derives (UUID v5 of the URL
/// `https://wegweiser.invalid/hsds`), fixed forever: changing it would change every id.
pub const NAMESPACE: Uuid = Uuid::from_bytes([
    0xb2, 0x9c, 0xa4, 0x77, 0x5c, 0x29, 0x5d, 0x59, 0x86, 0xeb, 0x61, 0x91, 0x6e, 0xc8, 0x7f, 0x1d,
]);

/// The UUID of a record that has no id of its own in our model (a phone, a schedule):
/// UUID v5 of `<kind>:<key>` in [`NAMESPACE`].
pub fn derive(kind: &str, key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes()).to_string()
}

/// The UUID of an entity: its id when that already is a UUID (an imported record keeps
/// its id), else derived from it ([`derive()`]).
pub fn of_entity(kind: &str, id: &str) -> String {
    parse(id).unwrap_or_else(|| derive(kind, id))
}

/// The UUID written in lowercase hyphenated form, or `None` when `text` is not a UUID in
/// the hyphenated form HSDS uses.
pub fn parse(text: &str) -> Option<String> {
    if text.len() != 36 {
        return None;
    }
    Uuid::try_parse(text)
        .ok()
        .map(|uuid| uuid.hyphenated().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_distinct() {
        let a = derive("service", "integration-course-forst");
        assert_eq!(a, derive("service", "integration-course-forst"));
        assert_ne!(a, derive("organization", "integration-course-forst"));
        assert_eq!(Uuid::parse_str(&a).unwrap().get_version_num(), 5);
        let imported = "AC148810-D857-441C-9679-408F346DE14B";
        assert_eq!(of_entity("service", imported), imported.to_lowercase());
        assert_ne!(derive("address", imported), imported.to_lowercase());
        assert_eq!(parse("ac148810d857441c9679408f346de14b"), None);
        assert_eq!(parse("not-a-uuid"), None);
    }

    #[test]
    fn the_namespace_is_the_v5_of_our_url() {
        let url = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://wegweiser.invalid/hsds");
        assert_eq!(NAMESPACE, url);
    }
}
