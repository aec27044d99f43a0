//! The consultancy's branding, a card of the Settings screen: name, logo, accent colour,
//! footer text and the fonts of Word documents. Values are checked when saved (the app shows
//! why a value is refused); the logo is copied into the data folder.

use crate::branding::Branding;
use crate::i18n::{Arg, tr, tr_args};
use crate::ui::{Context, style};
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Element, Fill};

#[derive(Debug, Clone, Default)]
pub struct BrandingCard {
    form: Branding,
    logo_path: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Name(String),
    Accent(String),
    Footer(String),
    EastAsianFont(String),
    LatinFont(String),
    LogoPath(String),
    ImportLogo,
    RemoveLogo,
    /// The native file dialog (the app opens it).
    BrowseLogo,
    Save,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Check and store these values (the logo is kept as it is).
    Save(Branding),
    ImportLogo(String),
    RemoveLogo,
    BrowseLogo,
}

impl BrandingCard {
    pub fn new(stored: &Branding) -> Self {
        BrandingCard {
            form: stored.clone(),
            logo_path: String::new(),
        }
    }

    /// Shows what is stored now (after a save or a logo change).
    pub fn stored(&mut self, stored: &Branding) {
        self.form.logo.clone_from(&stored.logo);
        self.logo_path.clear();
    }

    pub fn update(&mut self, message: Message) -> Option<Event> {
        let f = &mut self.form;
        match message {
            Message::Name(v) => f.consultancy = v,
            Message::Accent(v) => f.accent = v,
            Message::Footer(v) => f.footer = v,
            Message::EastAsianFont(v) => f.east_asian_font = v,
            Message::LatinFont(v) => f.latin_font = v,
            Message::LogoPath(p) => self.logo_path = p,
            Message::ImportLogo => {
                let p = self.logo_path.trim().to_string();
                return (!p.is_empty()).then_some(Event::ImportLogo(p));
            }
            Message::RemoveLogo => return Some(Event::RemoveLogo),
            Message::BrowseLogo => return Some(Event::BrowseLogo),
            Message::Save => return Some(Event::Save(self.form.clone())),
        }
        None
    }

    pub fn view<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let l = ctx.locale;
        let field = |label: &str, hint: &str, value: &'a str, m: fn(String) -> Message| {
            row![
                text(tr(l, label)).size(14).width(160),
                text_input(&tr(l, hint), value)
                    .on_input(m)
                    .on_submit(Message::Save)
                    .padding(6),
            ]
            .spacing(8)
            .align_y(iced::Center)
        };
        let f = &self.form;
        let logo = match &f.logo {
            Some(name) => tr_args(
                l,
                "branding-logo-stored",
                &[("name", Arg::from(name.clone()))],
            ),
            None => tr(l, "branding-logo-none"),
        };
        let mut logo_row = row![
            text_input(&tr(l, "branding-logo-placeholder"), &self.logo_path)
                .on_input(Message::LogoPath)
                .on_submit(Message::ImportLogo)
                .padding(6),
            button(text(tr(l, "app-browse")).size(13))
                .style(button::secondary)
                .on_press(Message::BrowseLogo),
            button(text(tr(l, "branding-logo-import")).size(13))
                .style(button::secondary)
                .on_press(Message::ImportLogo),
        ]
        .spacing(8);
        if f.logo.is_some() {
            logo_row = logo_row.push(
                button(text(tr(l, "branding-logo-remove")).size(13))
                    .style(button::secondary)
                    .on_press(Message::RemoveLogo),
            );
        }
        let body = column![
            text(tr(l, "branding-title")).size(17),
            text(tr(l, "branding-hint")).size(13).style(style::muted),
            field(
                "branding-name",
                "branding-name-placeholder",
                &f.consultancy,
                Message::Name
            ),
            field(
                "branding-accent",
                "branding-accent-placeholder",
                &f.accent,
                Message::Accent
            ),
            field(
                "branding-footer",
                "branding-footer-placeholder",
                &f.footer,
                Message::Footer
            ),
            field(
                "branding-font-east-asian",
                "branding-font-east-asian-placeholder",
                &f.east_asian_font,
                Message::EastAsianFont
            ),
            field(
                "branding-font-latin",
                "branding-font-latin-placeholder",
                &f.latin_font,
                Message::LatinFont
            ),
            row![
                text(tr(l, "branding-logo")).size(14).width(160),
                text(logo).size(13).width(Fill),
            ]
            .spacing(8),
            logo_row,
            text(tr(l, "branding-logo-hint"))
                .size(12)
                .style(style::muted),
            button(text(tr(l, "branding-save")).size(14))
                .style(button::primary)
                .on_press(Message::Save),
        ]
        .spacing(8);
        container(body)
            .padding(16)
            .width(Fill)
            .style(style::card)
            .into()
    }
}
