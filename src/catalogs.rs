//! Where catalogues come from: the built-in ones compiled into the binary, and user catalogues
//! dropped into `<data dir>/catalogs/` (a `.toml` file or a folder with `catalog.toml`).

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
}

/// Loads the built-ins plus whatever lies in `user_dir` (if given and present).
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
    for path in paths {
        let is_catalog = path.is_dir() || path.extension().is_some_and(|e| e == "toml");
        if !is_catalog {
            continue;
        }
        match check_path(&path) {
            Ok(cat) if set.get(&cat.id).is_some() => set.problems.push(CatalogError {
                file: path.display().to_string(),
                line: None,
                item: None,
                kind: CatalogErrorKind::ReservedId(cat.id),
            }),
            Ok(cat) => set.catalogs.push(cat),
            Err(mut e) => set.problems.append(&mut e),
        }
    }
    set
}

fn read(path: &Path) -> Result<String, Vec<CatalogError>> {
    std::fs::read_to_string(path).map_err(|e| read_error(path, &e))
}

/// Reads and validates a catalogue file or folder (what `catalog check` runs). A user catalogue
/// reusing a built-in id is rejected unless it is the built-in file itself.
pub fn check_path(path: &Path) -> Result<Catalog, Vec<CatalogError>> {
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
