//! What a web page needs, as plain data: a bundle of files from which a visitor
//! downloads only the locales they read ([`bundle`]), result cards ready to render as
//! text ([`card`]), and the views around them ([`view`]). The directory fills them in
//! (`src/directory/web.rs`, `src/directory/card.rs`).

mod bundle;
mod card;
mod hours;
mod view;

pub use bundle::{BundleFile, BundleLocale, WebBundle, WebManifest, MANIFEST_FILE, WEB_FORMAT};
pub(crate) use card::{bilingual_name, contact_links, osm_url, website_link};
pub use card::{Card, CardLink, CardPlace, LanguageLabel, LinkKind};
pub use hours::{HoursDay, HoursNow};
#[cfg(feature = "search")]
pub use view::FirstView;
pub use view::{
    FilterOption, FilterOptions, LocaleInfo, LocalizedMetadata, NegotiatedLocale,
    FIRST_VIEW_RESULTS,
};
