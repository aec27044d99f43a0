//! What the model wants said, as data: a Fluent message id with named arguments. The model
//! never formats sentences; the UI, the report and the CLI render a `Message` in their locale
//! (`crate::i18n::render`), so the same value prints in either language.

use crate::locale::Localized;
use serde::Serialize;
use std::borrow::Cow;

/// A Fluent message id with its named arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    pub id: Cow<'static, str>,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds a named argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The argument `name`, if given.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Arg {
    /// Text that reads the same in every locale (a date, a clause number, a selector key).
    Str(String),
    /// A number (shown with at most one decimal: rounded when formatted, since Fluent ignores
    /// `maximumFractionDigits`).
    Num(f64),
    /// Text from data, in both locales (a region's name, an amount as the policy words it).
    Text(Localized),
    /// Another message, rendered in the same locale.
    Message(Message),
    /// Messages joined by the separator message `sep` ("、" / ", ").
    List {
        sep: &'static str,
        items: Vec<Message>,
    },
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}
impl From<Localized> for Arg {
    fn from(t: Localized) -> Self {
        Arg::Text(t)
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(m)
    }
}

/// Something to show: a message, or text that comes as data in both locales.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Text {
    Message(Message),
    Data(Localized),
}

impl From<Message> for Text {
    fn from(m: Message) -> Self {
        Text::Message(m)
    }
}
impl From<Localized> for Text {
    fn from(t: Localized) -> Self {
        Text::Data(t)
    }
}

/// How a verdict should read: settled, worth a warning, or not decidable yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    Ok,
    Warning,
    Unknown,
}
