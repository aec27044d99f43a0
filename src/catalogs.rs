//! Where catalogues come from: the built-in ones compiled into the binary, and user catalogues
//! dropped into `<data dir>/catalogs/` (a `.toml` file or a folder with `catalog.toml`).

use crate::error::Localize;
use crate::locale::Locale;
use crate::model::catalog::upgrade::History;
use crate::model::catalog::{Catalog, CatalogError, CatalogErrorKind, SourceFile, parse_catalog};
use crate::model::crosswalk::Crosswalk;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

macro_rules! bundled {
    ($($path:literal),+ $(,)?) => {
        &[$(($path, include_str!(concat!("../assets/catalogs/", $path)))),+]
    };
}

const GBT2023: &[(&str, &str)] = bundled!(
    "gbt29490-2023/catalog.toml",
    "gbt29490-2023/ch4.toml",
    "gbt29490-2023/ch5.toml",
    "gbt29490-2023/ch6.toml",
    "gbt29490-2023/ch7.toml",
    "gbt29490-2023/ch8.toml",
    "gbt29490-2023/ch9.toml",
    "gbt29490-2023/ch10.toml",
    "gbt29490-2023/annex-b.toml",
);

const GBT2013: &[(&str, &str)] = bundled!(
    "gbt29490-2013/catalog.toml",
    "gbt29490-2013/ch4.toml",
    "gbt29490-2013/ch5.toml",
    "gbt29490-2013/ch6.toml",
    "gbt29490-2013/ch7.toml",
    "gbt29490-2013/ch8.toml",
    "gbt29490-2013/ch9.toml",
);

const CROSSWALK: (&str, &str) = (
    "crosswalk-2013-2023.toml",
    include_str!("../assets/catalogs/crosswalk-2013-2023.toml"),
);

const HISTORY: [(&str, &str); 2] = [
    (
        "gbt29490-2023",
        include_str!("../assets/catalogs/history/gbt29490-2023.toml"),
    ),
    (
        "gbt29490-2013",
        include_str!("../assets/catalogs/history/gbt29490-2013.toml"),
    ),
];

/// The digests of a built-in catalogue's earlier versions (weights and retired items), for
/// moving a diagnosis to the current version; `None` for a user catalogue. The bundled files
/// are checked by `tests/catalog_upgrade.rs`.
pub fn history(catalog_id: &str) -> Option<&'static History> {
    static PARSED: OnceLock<Vec<History>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            HISTORY
                .iter()
                .filter_map(|(_, text)| History::parse(text).ok())
                .collect()
        })
        .iter()
        .find(|h| h.catalog == catalog_id)
}

/// Ids of the built-in catalogues; a user catalogue may not reuse them.
pub const BUILTIN_IDS: [&str; 2] = ["gbt29490-2023", "gbt29490-2013"];

/// The id of the catalogue every new assessment uses unless told otherwise.
pub const DEFAULT_CATALOG: &str = "gbt29490-2023";

/// The built-in catalogues and the crosswalk between them.
#[derive(Debug)]
pub struct BuiltinSet {
    pub gbt2023: Catalog,
    pub gbt2013: Catalog,
    pub crosswalk: Crosswalk,
}

fn parse_bundle(files: &[(&str, &str)]) -> Result<Catalog, Vec<CatalogError>> {
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(name, text)| SourceFile { name, text })
        .collect();
    parse_catalog(sources[0], &sources[1..])
}

/// The built-in catalogues, parsed once per process.
pub fn builtin() -> Result<&'static BuiltinSet, &'static [CatalogError]> {
    static SET: OnceLock<Result<BuiltinSet, Vec<CatalogError>>> = OnceLock::new();
    SET.get_or_init(|| {
        let gbt2023 = parse_bundle(GBT2023)?;
        let gbt2013 = parse_bundle(GBT2013)?;
        let crosswalk = Crosswalk::parse(
            SourceFile {
                name: CROSSWALK.0,
                text: CROSSWALK.1,
            },
            &gbt2013,
            &gbt2023,
        )?;
        Ok(BuiltinSet {
            gbt2023,
            gbt2013,
            crosswalk,
        })
    })
    .as_ref()
    .map_err(Vec::as_slice)
}

/// Every catalogue available: built-ins first, then valid user catalogues. Problems with user
/// files are reported, never fatal.
#[derive(Debug, Default)]
pub struct CatalogSet {
    pub catalogs: Vec<Catalog>,
    pub problems: Vec<CatalogError>,
}

impl CatalogSet {
    pub fn get(&self, id: &str) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| c.id == id)
    }

    /// The user catalogue files that were not loaded, each with its translated reasons: what
    /// the window lists so that a dropped-in file never vanishes without a word.
    pub fn rejected(&self, locale: Locale) -> Vec<Rejected> {
        let mut out: Vec<Rejected> = Vec::new();
        for p in &self.problems {
            let reason = crate::i18n::error_text(locale, &Problem(p));
            match out.iter_mut().find(|r| r.file == p.file) {
                Some(r) => r.reasons.push(reason),
                None => out.push(Rejected {
                    file: p.file.clone(),
                    reasons: vec![reason],
                }),
            }
        }
        out
    }
}

/// A user catalogue file or folder that was not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub file: String,
    /// One translated sentence per problem, each naming the place.
    pub reasons: Vec<String>,
}

/// A catalogue problem with its own translated message (`err-catalog-*` in errors.ftl).
pub struct Problem<'a>(pub &'a CatalogError);

impl Localize for Problem<'_> {
    fn message_id(&self) -> &'static str {
        match &self.0.kind {
            CatalogErrorKind::Syntax(_) => "err-catalog-syntax",
            CatalogErrorKind::MissingHeader => "err-catalog-missing-header",
            CatalogErrorKind::DuplicateClause(_) => "err-catalog-duplicate-clause",
            CatalogErrorKind::DuplicateId => "err-catalog-duplicate-item",
            CatalogErrorKind::UnknownClause(_) => "err-catalog-unknown-clause",
            CatalogErrorKind::MissingText(_) => "err-catalog-missing-text",
            CatalogErrorKind::Weight(_) => "err-catalog-weight",
            CatalogErrorKind::IpType => "err-catalog-ip-type",
            CatalogErrorKind::NoItems => "err-catalog-no-items",
            CatalogErrorKind::ReservedId(_) => "err-catalog-reserved-id",
            CatalogErrorKind::Crosswalk(_) => "err-catalog-crosswalk",
            CatalogErrorKind::BadId(_) => "err-catalog-bad-id",
            CatalogErrorKind::DuplicateCatalog { .. } => "err-catalog-duplicate-catalog",
            CatalogErrorKind::NotAFile => "err-catalog-not-a-file",
            CatalogErrorKind::TooLarge { .. } => "err-catalog-too-large",
            CatalogErrorKind::Unsourced(_) => "err-catalog-unsourced",
            CatalogErrorKind::DuplicateQuestion(_) => "err-catalog-duplicate-question",
            CatalogErrorKind::DuplicateSubpoint(_) => "err-catalog-duplicate-subpoint",
            CatalogErrorKind::UnknownSubpoint(_) => "err-catalog-unknown-subpoint",
            CatalogErrorKind::UncoveredSubpoint(_) => "err-catalog-uncovered-subpoint",
            CatalogErrorKind::NoCovers => "err-catalog-no-covers",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        let e = self.0;
        let place = match e.line {
            Some(line) => format!("{}:{line}", e.file),
            None => e.file.clone(),
        };
        let value = match &e.kind {
            CatalogErrorKind::Syntax(v)
            | CatalogErrorKind::DuplicateClause(v)
            | CatalogErrorKind::UnknownClause(v)
            | CatalogErrorKind::ReservedId(v)
            | CatalogErrorKind::Crosswalk(v)
            | CatalogErrorKind::BadId(v)
            | CatalogErrorKind::Unsourced(v)
            | CatalogErrorKind::DuplicateQuestion(v)
            | CatalogErrorKind::DuplicateSubpoint(v)
            | CatalogErrorKind::UnknownSubpoint(v)
            | CatalogErrorKind::UncoveredSubpoint(v) => v.clone(),
            CatalogErrorKind::MissingText(field) => (*field).to_string(),
            CatalogErrorKind::Weight(w) => w.to_string(),
            CatalogErrorKind::DuplicateCatalog { id, .. } => id.clone(),
            CatalogErrorKind::TooLarge { size, limit } => crate::error::sizes(*size, *limit).0,
            CatalogErrorKind::MissingHeader
            | CatalogErrorKind::DuplicateId
            | CatalogErrorKind::IpType
            | CatalogErrorKind::NoItems
            | CatalogErrorKind::NotAFile
            | CatalogErrorKind::NoCovers => String::new(),
        };
        let other = match &e.kind {
            CatalogErrorKind::DuplicateCatalog { other, .. } => other.clone(),
            CatalogErrorKind::TooLarge { size, limit } => crate::error::sizes(*size, *limit).1,
            _ => String::new(),
        };
        vec![
            ("place", place),
            ("item", e.item.clone().unwrap_or_else(|| "none".into())),
            ("value", value),
            ("other", other),
        ]
    }
}

/// Largest catalogue file read, in bytes (a catalogue of 10,000 items is about 6 MB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Loads the built-ins plus whatever lies in `user_dir` (if given and present). Only regular
/// files (or links to them) up to [`MAX_FILE_BYTES`] are read; anything else is reported.
pub fn load_all(user_dir: Option<&Path>) -> CatalogSet {
    let mut set = CatalogSet::default();
    match builtin() {
        Ok(b) => set.catalogs.extend([b.gbt2023.clone(), b.gbt2013.clone()]),
        Err(e) => set.problems.extend_from_slice(e),
    }
    let Some(dir) = user_dir else { return set };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return set;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    let mut loaded_from: Vec<(String, String)> = Vec::new();
    for path in paths {
        let is_catalog = path.is_dir() || path.extension().is_some_and(|e| e == "toml");
        if !is_catalog {
            continue;
        }
        let problem = |kind| CatalogError {
            file: path.display().to_string(),
            line: None,
            item: None,
            kind,
        };
        match check_path(&path) {
            Ok(cat) if BUILTIN_IDS.contains(&cat.id.as_str()) => {
                set.problems
                    .push(problem(CatalogErrorKind::ReservedId(cat.id)));
            }
            Ok(cat) => {
                if let Some((_, other)) = loaded_from.iter().find(|(id, _)| *id == cat.id) {
                    let kind = CatalogErrorKind::DuplicateCatalog {
                        id: cat.id,
                        other: other.clone(),
                    };
                    set.problems.push(problem(kind));
                } else {
                    loaded_from.push((cat.id.clone(), path.display().to_string()));
                    set.catalogs.push(cat);
                }
            }
            Err(mut e) => set.problems.append(&mut e),
        }
    }
    set
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`]: a pipe, a device or an endless file
/// is refused before anything waits on it.
fn read(path: &Path) -> Result<String, Vec<CatalogError>> {
    use std::io::Read;
    let fail = |kind| {
        vec![CatalogError {
            file: path.display().to_string(),
            line: None,
            item: None,
            kind,
        }]
    };
    let meta = std::fs::metadata(path).map_err(|e| read_error(path, &e))?;
    if !meta.is_file() {
        return Err(fail(CatalogErrorKind::NotAFile));
    }
    let too_large = |size| {
        fail(CatalogErrorKind::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        })
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| read_error(path, &e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|e| {
        fail(CatalogErrorKind::Syntax(format!(
            "not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        )))
    })
}

/// Reads and validates a catalogue file or folder (what `catalog check` and loading run). A
/// catalogue reusing a built-in id is rejected unless it is that built-in catalogue itself.
pub fn check_path(path: &Path) -> Result<Catalog, Vec<CatalogError>> {
    let cat = parse_path(path)?;
    let is_builtin_copy = builtin().is_ok_and(|b| cat == b.gbt2023 || cat == b.gbt2013);
    if BUILTIN_IDS.contains(&cat.id.as_str()) && !is_builtin_copy {
        return Err(vec![CatalogError {
            file: path.display().to_string(),
            line: None,
            item: None,
            kind: CatalogErrorKind::ReservedId(cat.id),
        }]);
    }
    Ok(cat)
}

fn parse_path(path: &Path) -> Result<Catalog, Vec<CatalogError>> {
    let (header_path, part_paths) = if path.is_dir() {
        let header = path.join("catalog.toml");
        if !header.is_file() {
            return Err(vec![CatalogError {
                file: path.display().to_string(),
                line: None,
                item: None,
                kind: CatalogErrorKind::MissingHeader,
            }]);
        }
        let mut parts: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| read_error(path, &e))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "toml")
                    && p.file_name() != Some("catalog.toml".as_ref())
            })
            .collect();
        parts.sort();
        (header, parts)
    } else {
        (path.to_path_buf(), Vec::new())
    };
    let header_text = read(&header_path)?;
    let texts: Vec<(String, String)> = part_paths
        .iter()
        .map(|p| read(p).map(|t| (p.display().to_string(), t)))
        .collect::<Result<_, _>>()?;
    let header_name = header_path.display().to_string();
    let parts: Vec<SourceFile<'_>> = texts
        .iter()
        .map(|(n, t)| SourceFile { name: n, text: t })
        .collect();
    parse_catalog(
        SourceFile {
            name: &header_name,
            text: &header_text,
        },
        &parts,
    )
}

fn read_error(path: &Path, e: &std::io::Error) -> Vec<CatalogError> {
    vec![CatalogError {
        file: path.display().to_string(),
        line: None,
        item: None,
        kind: CatalogErrorKind::Syntax(e.to_string()),
    }]
}
