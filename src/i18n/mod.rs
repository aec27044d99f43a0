//! Translations with Fluent. Both locales are loaded once, immutable; every call names the
//! locale it wants, so a report can be rendered in another language than the UI.

pub mod org;
mod parser;

use crate::error::Localize;
use crate::locale::{Locale, Localized};
use crate::model::message::{Message, Text};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The Fluent files of every locale (same names in each `i18n/<locale>/` folder).
pub const FILES: [&str; 8] = [
    "app.ftl",
    "errors.ftl",
    "domain.ftl",
    "report.ftl",
    "cli.ftl",
    "engine.ftl",
    "store.ftl",
    "sme.ftl",
];

macro_rules! locale_files {
    ($tag:literal) => {
        [
            include_str!(concat!("../../i18n/", $tag, "/app.ftl")),
            include_str!(concat!("../../i18n/", $tag, "/errors.ftl")),
            include_str!(concat!("../../i18n/", $tag, "/domain.ftl")),
            include_str!(concat!("../../i18n/", $tag, "/report.ftl")),
            include_str!(concat!("../../i18n/", $tag, "/cli.ftl")),
            include_str!(concat!("../../i18n/", $tag, "/engine.ftl")),
            include_str!(concat!("../../i18n/", $tag, "/store.ftl")),
            include_str!(concat!("../../i18n/", $tag, "/sme.ftl")),
        ]
    };
}

const ZH_CN: [&str; 8] = locale_files!("zh-CN");
const EN_US: [&str; 8] = locale_files!("en-US");

/// The raw Fluent sources of a locale (for tests and tools).
pub fn sources(locale: Locale) -> [&'static str; 8] {
    match locale {
        Locale::ZhCn => ZH_CN,
        Locale::EnUs => EN_US,
    }
}

type Bundle = FluentBundle<FluentResource>;

struct Bundles {
    zh_cn: Bundle,
    en_us: Bundle,
}

fn build(locale: Locale) -> Bundle {
    let lang = match locale {
        Locale::ZhCn => unic_langid::langid!("zh-CN"),
        Locale::EnUs => unic_langid::langid!("en-US"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Isolation marks (U+2068/U+2069) print as boxes in PDFs and break exact-text UI tests.
    bundle.set_use_isolating(false);
    for source in sources(locale) {
        // Parse errors are caught by the i18n tests; a broken entry is skipped, not fatal.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundles() -> &'static Bundles {
    static B: OnceLock<Bundles> = OnceLock::new();
    B.get_or_init(|| Bundles {
        zh_cn: build(Locale::ZhCn),
        en_us: build(Locale::EnUs),
    })
}

fn bundle(locale: Locale) -> &'static Bundle {
    let b = bundles();
    match locale {
        Locale::ZhCn => &b.zh_cn,
        Locale::EnUs => &b.en_us,
    }
}

/// An argument value for a message: the model's own argument type, so a message id and its
/// arguments mean the same wherever they come from.
pub use crate::model::message::Arg;

/// A clause as labelled on screen: "4.1 理解企业及其环境"; an annex's title already names it
/// ("附录B …", "Annex B: …"), so its letter is not repeated.
pub fn clause_label(number: &str, title: &str) -> String {
    if number.starts_with(|c: char| c.is_ascii_uppercase()) {
        title.to_string()
    } else {
        format!("{number} {title}")
    }
}

/// A 0–100 score as shown on screen and printed: one decimal, the same everywhere.
pub fn score_text(score: f64) -> String {
    format!("{:.1}", round_score(score))
}

/// A score rounded to the one decimal that is shown, so differences of shown scores add up.
pub fn round_score(score: f64) -> f64 {
    (score * 10.0).round() / 10.0
}

/// The message `id` in `locale`; the id itself if it is missing (caught by tests).
pub fn tr(locale: Locale, id: &str) -> String {
    tr_args(locale, id, &[])
}

/// The message `id` in `locale` with named arguments.
pub fn tr_args(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    format_message(locale, id, None, args).unwrap_or_else(|| id.to_string())
}

/// An attribute of a message (`id.attr`), or the id if it is missing.
pub fn tr_attr(locale: Locale, id: &str, attr: &str) -> String {
    format_message(locale, id, Some(attr), &[]).unwrap_or_else(|| format!("{id}.{attr}"))
}

/// Whether a message exists in the locale.
pub fn has(locale: Locale, id: &str) -> bool {
    bundle(locale).has_message(id)
}

/// The message id as `audience` reads it: a company assessing itself says "自评" where a
/// consultant's diagnosis says "诊断", so `{id}-self` is used where the locale has it.
pub fn for_audience(
    locale: Locale,
    audience: crate::model::audience::Audience,
    id: &str,
) -> String {
    if audience.plain_first() && !id.ends_with("-self") {
        let own = format!("{id}-self");
        if has(locale, &own) {
            return own;
        }
    }
    id.to_string()
}

/// Formats a message; `None` when it does not exist or has errors.
pub fn format_message(
    locale: Locale,
    id: &str,
    attr: Option<&str>,
    args: &[(&str, Arg)],
) -> Option<String> {
    let bundle = bundle(locale);
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        let v = match value {
            // One decimal at most: Fluent ignores `maximumFractionDigits`.
            Arg::Num(n) => FluentValue::from((n * 10.0).round() / 10.0),
            Arg::Str(s) => FluentValue::String(Cow::Owned(s.clone())),
            Arg::Text(t) => FluentValue::String(Cow::Owned(t.get(locale).to_string())),
            Arg::Message(m) => FluentValue::String(Cow::Owned(render(locale, m))),
            Arg::List { sep, items } => {
                let parts: Vec<String> = items.iter().map(|m| render(locale, m)).collect();
                FluentValue::String(Cow::Owned(parts.join(&tr(locale, sep))))
            }
        };
        fargs.set(*name, v);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Messages whose `value` is a JSON or TOML parser's own message.
const PARSER_MESSAGES: &[&str] = &["err-import-malformed", "err-catalog-syntax"];

/// A translated description of any error that knows its message.
pub fn error_text(locale: Locale, err: &dyn Localize) -> String {
    // The parsers' own (English) wording is said in Chinese for zh-CN.
    let parsed = PARSER_MESSAGES.contains(&err.message_id()) && locale == Locale::ZhCn;
    let args: Vec<(&str, Arg)> = err
        .message_args()
        .into_iter()
        .map(|(k, v)| match k {
            "value" if parsed => (k, Arg::Str(parser::to_zh(&v))),
            _ => (k, Arg::Str(v)),
        })
        .collect();
    tr_args(locale, err.message_id(), &args)
}

/// A model message in `locale`: nested messages, lists and data texts in the same locale.
pub fn render(locale: Locale, message: &Message) -> String {
    tr_args(locale, &message.id, &message.args)
}

/// A model text (a message or data) in `locale`.
pub fn render_text(locale: Locale, text: &Text) -> String {
    match text {
        Text::Message(m) => render(locale, m),
        Text::Data(t) => t.get(locale).to_string(),
    }
}

/// A model message in both locales (for JSON output that carries both).
pub fn render_both(message: &Message) -> Localized {
    Localized::new(render(Locale::ZhCn, message), render(Locale::EnUs, message))
}
