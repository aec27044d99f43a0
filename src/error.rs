//! Errors that reach a user are translated: every room's error enum says which Fluent message
//! describes it and with which arguments. The UI and the CLI render that in the user's language.

/// A translatable description of an error: a Fluent message id plus named arguments.
pub trait Localize {
    /// Fluent message id, e.g. `err-catalog-unknown-clause`.
    fn message_id(&self) -> &'static str;
    /// Named arguments for the message.
    fn message_args(&self) -> Vec<(&'static str, String)>;
}

/// A file size and a limit as shown in messages ("12.5", in MB): with as many decimals as it
/// takes for two different sizes not to look equal ("50.0 MB; the limit is 50.0 MB").
pub fn sizes(size: u64, limit: u64) -> (String, String) {
    let mb = |b: u64, places: usize| format!("{:.places$}", b as f64 / 1_048_576.0);
    let places = (1..=7)
        .find(|&p| size == limit || mb(size, p) != mb(limit, p))
        .unwrap_or(7);
    (mb(size, places), mb(limit, places))
}
