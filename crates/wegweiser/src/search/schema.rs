//! The index's fields: a title and a body per locale, each analyzed for its language;
//! the place names; and one exact field per facet for filters.

use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STRING};
use unic_langid::LanguageIdentifier;

use super::analyzer::Analyzer;

pub(crate) struct LocaleFields {
    pub locale: LanguageIdentifier,
    pub analyzer: Analyzer,
    pub title: Field,
    pub body: Field,
}

pub(crate) struct FacetFields {
    pub kind: Field,
    pub field: Field,
    pub municipality: Field,
    pub language: Field,
    pub target_group: Field,
    pub free: Field,
}

/// Every field of the index.
pub(crate) struct Fields {
    pub locales: Vec<LocaleFields>,
    pub places: Field,
    pub facets: FacetFields,
}

/// The name under which an analyzer is registered as a tantivy tokenizer.
pub(crate) fn tokenizer_name(analyzer: Analyzer) -> String {
    format!("wegweiser-{}", analyzer.name())
}

/// The schema for a directory with texts in `locales`.
pub(crate) fn schema(locales: &[LanguageIdentifier]) -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text_for = |analyzer: Analyzer| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(&tokenizer_name(analyzer))
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let mut locale_fields = Vec::new();
    for locale in locales {
        let tag = locale.to_string().replace('-', "_");
        let analyzer = Analyzer::for_locale(locale);
        locale_fields.push(LocaleFields {
            locale: locale.clone(),
            analyzer,
            title: builder.add_text_field(&format!("title_{tag}"), text_for(analyzer)),
            body: builder.add_text_field(&format!("body_{tag}"), text_for(analyzer)),
        });
    }
    let places = builder.add_text_field("places", text_for(Analyzer::Folding));
    let facets = FacetFields {
        kind: builder.add_text_field("kind", STRING),
        field: builder.add_text_field("field", STRING),
        municipality: builder.add_text_field("municipality", STRING),
        language: builder.add_text_field("language", STRING),
        target_group: builder.add_text_field("target_group", STRING),
        free: builder.add_text_field("free", STRING),
    };
    (
        builder.build(),
        Fields {
            locales: locale_fields,
            places,
            facets,
        },
    )
}
