//! One way to print an assessment, shared by the CLI and the GUI: gather the stored pieces
//! (the earlier visit for follow-ups, the user's reward data), freeze them into a `ReportDoc`,
//! then `report::render_doc` prints the chosen printable. The GUI renders off the UI thread from the frozen doc.

use crate::i18n::tr;
use crate::locale::Locale;
use crate::paths::Paths;
use crate::report::{Assessor, PreviousAssessment, ReportDoc, ReportInput, ReportKind, build_doc};
use crate::store::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};

/// Why a printable could not be prepared: the database, or the branding in Settings.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Branding(#[from] crate::branding::BrandingError),
}

impl crate::error::Localize for PrintError {
    fn message_id(&self) -> &'static str {
        match self {
            PrintError::Store(e) => e.message_id(),
            PrintError::Branding(e) => e.message_id(),
        }
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            PrintError::Store(e) => e.message_args(),
            PrintError::Branding(e) => e.message_args(),
        }
    }
}

/// Freezes assessment `id` into a report document in `locale` as of `as_of`.
pub fn document(
    store: &Store,
    paths: &Paths,
    id: i64,
    locale: Locale,
    as_of: NaiveDate,
    created: DateTime<Utc>,
) -> Result<ReportDoc, PrintError> {
    let record = store.load(id)?;
    document_of(store, paths, &record, locale, as_of, created)
}

/// Freezes a loaded assessment (e.g. the window's, with edits not yet reloaded) into a report
/// document.
pub fn document_of(
    store: &Store,
    paths: &Paths,
    record: &crate::store::AssessmentRecord,
    locale: Locale,
    as_of: NaiveDate,
    created: DateTime<Utc>,
) -> Result<ReportDoc, PrintError> {
    // The consultancy's branding from Settings; a bad value or an unreadable logo says so.
    let branding = crate::settings::Settings::load(&paths.config_dir)
        .branding
        .checked()?;
    let logo = branding.load_logo(paths)?;
    let brand = branding.brand();
    let catalog = store.catalog(&record.meta.catalog_id)?;
    let earlier = match record.meta.previous_id {
        Some(p) => Some(store.load(p)?),
        None => None,
    };
    let previous = earlier.as_ref().and_then(|p| {
        Some(PreviousAssessment {
            title: &p.meta.title,
            date: p.meta.created_at.date_naive(),
            catalog: store.catalog(&p.meta.catalog_id).ok()?,
            triage: &p.profile.triage,
            answers: &p.answers,
        })
    });
    let assessor = Assessor {
        name: record.meta.assessor.clone(),
        organization: record.meta.assessor_organization.clone(),
    };
    // The user's edited reward data when valid; the bundled data otherwise.
    let (rewards, _) = crate::policies::load_rewards(paths, locale);
    let (costs, _) = crate::policies::load_costs(paths, locale);
    let input = ReportInput {
        catalog,
        profile: &record.profile,
        facts: &record.facts,
        answers: &record.answers,
        phases: record.phases.as_ref(),
        overrides: &record.overrides,
        free_actions: &record.free_actions,
        previous,
        rewards: Some(&rewards.data),
        costs: costs.as_ref().map(|c| &c.data),
        assessor: &assessor,
        assessment_title: &record.meta.title,
        conclusion: &record.meta.conclusion,
        logo: logo.as_ref(),
        brand: Some(&brand),
        created,
    };
    let mut doc = build_doc(&input, locale, as_of);
    // The report speaks to whoever uses the app (the enterprise itself or a consultancy).
    doc.audience = crate::settings::Settings::load(&paths.config_dir).audience();
    if doc.audience.plain_first() {
        doc.title = tr(locale, "report-title-self");
    }
    Ok(doc)
}

/// The suggested (portable) file name of a printable in `locale`: "client-诊断报告.pdf" for the
/// report; for checklists the department (`scope`: the printed department name, `None` for all
/// departments) and the date too, e.g. "client-检查表-研发部-2026-12-01.pdf". The client is left
/// out when unknown.
pub fn suggested_file_name(
    locale: Locale,
    audience: crate::model::audience::Audience,
    kind: ReportKind,
    client: &str,
    scope: Option<&str>,
    date: NaiveDate,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !client.trim().is_empty() {
        parts.push(client.trim().to_string());
    }
    match kind {
        ReportKind::Diagnosis => parts.push(tr(
            locale,
            &crate::i18n::for_audience(locale, audience, "report-kind-diagnosis"),
        )),
        ReportKind::WorkPlan => parts.push(tr(locale, "report-kind-work-plan")),
        ReportKind::Checklist | ReportKind::BlankChecklist => {
            parts.push(tr(locale, &format!("report-file-{}", kind.key())));
            parts.push(scope.map_or_else(
                || tr(locale, "report-checklist-all"),
                |s| s.trim().to_string(),
            ));
            parts.push(date.format("%Y-%m-%d").to_string());
        }
    }
    crate::paths::file_name(&parts.join("-"), "pdf")
}

/// Why the checklists for every department could not all be written.
#[derive(Debug)]
pub enum EachError {
    Render(crate::report::ReportError),
    Write(StoreError),
}

impl EachError {
    /// The error to show.
    pub fn localized(&self) -> &dyn crate::error::Localize {
        match self {
            EachError::Render(e) => e,
            EachError::Write(e) => e,
        }
    }
}

/// The checklists of every department of `doc`, rendered one file each, with the paths in
/// `folder` they are written to under their suggested names (in department order). `filled`
/// prints the answers (the filled checklist) instead of the blank form.
pub fn render_each_department(
    doc: &ReportDoc,
    filled: bool,
    format: crate::report::ReportFormat,
    folder: &std::path::Path,
    date: NaiveDate,
) -> Result<Vec<(std::path::PathBuf, Vec<u8>)>, crate::report::ReportError> {
    let kind = if filled {
        ReportKind::Checklist
    } else {
        ReportKind::BlankChecklist
    };
    crate::report::checklist::scopes(doc, None)
        .into_iter()
        .map(|scope| {
            let blocks = crate::report::branded(
                doc,
                crate::report::checklist::checklist_document(
                    doc,
                    std::slice::from_ref(&scope),
                    filled,
                ),
            );
            let bytes = crate::report::render_document(&blocks, format)?;
            let name = suggested_file_name(
                doc.locale,
                doc.audience,
                kind,
                &doc.client,
                Some(&scope.name),
                date,
            );
            let out = folder.join(std::path::Path::new(&name).with_extension(format.extension()));
            Ok((out, bytes))
        })
        .collect()
}

/// Writes rendered files; returns their paths.
pub fn write_all(
    files: Vec<(std::path::PathBuf, Vec<u8>)>,
) -> Result<Vec<std::path::PathBuf>, StoreError> {
    files
        .into_iter()
        .map(|(out, bytes)| crate::store::exchange::write_file(&out, &bytes).map(|()| out))
        .collect()
}

/// [`render_each_department`], then written (the CLI's `--each-department`).
pub fn write_each_department(
    doc: &ReportDoc,
    filled: bool,
    format: crate::report::ReportFormat,
    folder: &std::path::Path,
    date: NaiveDate,
) -> Result<Vec<std::path::PathBuf>, EachError> {
    let files =
        render_each_department(doc, filled, format, folder, date).map_err(EachError::Render)?;
    write_all(files).map_err(EachError::Write)
}

/// The warning that names the characters a report printed as the fallback mark because the
/// bundled font has no glyph for them (the report screen and the command line show it);
/// `None` when there are none.
pub fn missing_glyphs_warning(l: Locale, missing: &[char]) -> Option<String> {
    use crate::i18n::{Arg, tr_args};
    if missing.is_empty() {
        return None;
    }
    let marker = crate::report::font::Font::bundled()
        .map_or('\u{25A1}', crate::report::font::Font::fallback);
    let shown: Vec<String> = missing
        .iter()
        .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
        .collect();
    let args = [
        ("count", Arg::from(missing.len())),
        ("chars", Arg::from(shown.join(", "))),
        ("marker", Arg::from(marker.to_string())),
    ];
    Some(tr_args(l, "cli-report-missing-glyphs", &args))
}

/// The characters printed as the fallback mark since the last call (process-wide).
pub fn take_missing_glyphs() -> Vec<char> {
    crate::report::font::Font::bundled()
        .map_or_else(|_| Vec::new(), crate::report::font::Font::take_missing)
}
