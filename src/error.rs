//! Errors that reach a user are translated: every room's error enum says which Fluent message
//! describes it and with which arguments. The UI and the CLI render that in the user's language.

/// A translatable description of an error: a Fluent message id plus named arguments.
pub trait Localize {
    /// Fluent message id, e.g. `err-catalog-unknown-clause`.
    fn message_id(&self) -> &'static str;
    /// Named arguments for the message.
    fn message_args(&self) -> Vec<(&'static str, String)>;
}
