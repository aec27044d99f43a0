//! The desktop app (iced). Only this room and `main.rs` know iced.

pub mod screen;
pub mod style;
pub mod widgets;

use crate::assets::{FONT_BYTES, FONT_FAMILY};
use crate::i18n::tr;
use crate::locale::Locale;
use crate::paths::Paths;
use crate::settings::{Settings, ThemeChoice};
use iced::widget::{button, column, container, row, text};
use iced::{Element, Fill, Font, Task, Theme};
use screen::home;

/// The font every widget uses unless told otherwise.
pub const DEFAULT_FONT: Font = Font::with_name(FONT_FAMILY);

/// Everything the screens need from outside, passed in rather than global.
#[derive(Debug, Clone)]
pub struct Context {
    pub paths: Paths,
    pub locale: Locale,
    pub settings: Settings,
}

/// The app state: the shared context, the current screen and the error banner.
pub struct App {
    pub ctx: Context,
    pub screen: Screen,
    pub error: Option<String>,
}

/// The screen shown.
pub enum Screen {
    Home(home::Home),
}

#[derive(Debug, Clone)]
pub enum Message {
    Home(home::Message),
    SwitchLanguage,
    DismissError,
}

impl App {
    /// A new app on the Home screen.
    pub fn new(paths: Paths, locale: Locale, _open: Option<i64>) -> Self {
        let settings = Settings::load(&paths.config_dir);
        let ctx = Context {
            paths,
            locale,
            settings,
        };
        App {
            screen: Screen::Home(home::Home::new(&ctx)),
            ctx,
            error: None,
        }
    }

    pub fn title(&self) -> String {
        tr(self.ctx.locale, "app-title")
    }

    pub fn theme(&self) -> Theme {
        match self.ctx.settings.theme {
            ThemeChoice::Light => Theme::Light,
            ThemeChoice::Dark => Theme::Dark,
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::SwitchLanguage => {
                self.ctx.locale = self.ctx.locale.other();
                self.ctx.settings.language = Some(self.ctx.locale);
                if let Err(e) = self.ctx.settings.save(&self.ctx.paths.config_dir) {
                    self.error = Some(crate::i18n::error_text(self.ctx.locale, &e));
                }
                Task::none()
            }
            Message::DismissError => {
                self.error = None;
                Task::none()
            }
            Message::Home(m) => {
                let Screen::Home(home) = &mut self.screen;
                match home.update(m) {
                    Some(home::Event::NewDiagnosis | home::Event::OpenDemo) | None => {}
                }
                Task::none()
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let l = self.ctx.locale;
        let top = row![
            text(tr(l, "app-name")).size(20),
            iced::widget::space::horizontal(),
            button(text(tr(l, "app-language-switch")))
                .style(button::secondary)
                .on_press(Message::SwitchLanguage),
        ]
        .spacing(12)
        .padding([10, 16])
        .align_y(iced::Center);
        let body: Element<'_, Message> = match &self.screen {
            Screen::Home(h) => h.view(&self.ctx).map(Message::Home),
        };
        let mut page = column![container(top).style(style::top_bar).width(Fill)];
        if let Some(err) = &self.error {
            page = page.push(style::error_banner(
                err,
                tr(l, "app-dismiss"),
                Message::DismissError,
            ));
        }
        page.push(container(body).width(Fill).height(Fill)).into()
    }
}

fn boot(paths: Paths, locale: Locale, open: Option<i64>) -> impl Fn() -> (App, Task<Message>) {
    move || (App::new(paths.clone(), locale, open), Task::none())
}

fn update(app: &mut App, message: Message) -> Task<Message> {
    app.update(message)
}

fn view(app: &App) -> Element<'_, Message> {
    app.view()
}

/// Opens the window and runs until it is closed.
pub fn run(paths: Paths, locale: Locale, open: Option<i64>) -> Result<(), iced::Error> {
    iced::application(boot(paths, locale, open), update, view)
        .title(App::title)
        .theme(App::theme)
        .font(FONT_BYTES)
        .default_font(DEFAULT_FONT)
        .window_size((1280.0, 800.0))
        .run()
}

/// Settings for headless UI tests: the bundled font as default, so text renders as in the app.
pub fn test_settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![FONT_BYTES.into()],
        default_font: DEFAULT_FONT,
        ..iced::Settings::default()
    }
}
