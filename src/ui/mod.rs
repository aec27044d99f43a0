//! The desktop app (iced). Only this room and `main.rs` know iced.

pub mod charts;
pub mod dialogs;
mod flows;
mod keys;
pub mod presets;
mod view;
pub use presets::test_settings;
pub mod screen;
pub mod style;
pub mod watch;
pub mod widgets;
pub mod workspace;

use crate::assets::{FONT_BYTES, FONT_FAMILY};
use crate::error::Localize;
use crate::i18n::{error_text, tr};
use crate::locale::Locale;
use crate::paths::Paths;
use crate::settings::{Settings, ThemeChoice};
use crate::store::Store;
use iced::widget::{button, column, container, row, text};
use iced::{Element, Fill, Font, Subscription, Task, Theme};
use screen::home::{self, HomeData};
use screen::{report, settings};
use workspace::{Tab, Workspace};

/// The font every widget uses unless told otherwise.
pub const DEFAULT_FONT: Font = Font::with_name(FONT_FAMILY);

/// Everything the screens need from outside, passed in rather than global.
#[derive(Debug, Clone)]
pub struct Context {
    pub paths: Paths,
    pub locale: Locale,
    pub settings: Settings,
}

/// The app state: context, store, the screen shown and the error banner.
pub struct App {
    pub ctx: Context,
    pub store: Option<Store>,
    pub screen: Screen,
    pub home: home::Home,
    pub home_data: HomeData,
    pub error: Option<String>,
    /// A confirmation that stays until dismissed.
    pub notice: Option<String>,
    /// The background check found the database damaged: nothing is written until restored.
    pub damaged: bool,
    /// Other processes on the data folder: a second window, changes made under this one.
    pub watch: watch::Watch,
    /// The guide (introduction, glossary) shown over the screen, if open.
    pub guide: Option<screen::guide::Page>,
    /// The cost data in use (the user's edited copy or the bundled one) for the guide and the
    /// dashboard's estimate.
    pub costs: Option<crate::model::cost::CostData>,
}

/// The screen shown.
pub enum Screen {
    Home,
    Assessment(Box<Workspace>),
    Settings(settings::SettingsScreen),
}

#[derive(Debug, Clone)]
pub enum Message {
    Home(home::Message),
    Settings(settings::Message),
    Workspace(workspace::Message),
    /// A key no widget used.
    Key(iced::keyboard::Event),
    /// The window was resized or moved (remembered for the next start).
    Window(iced::window::Event),
    /// The screen's size, asked for at start: a window larger than the screen is made to fit.
    Monitor(iced::window::Id, Option<iced::Size>),
    /// Who uses the app, answered above Home at the first start.
    Audience(crate::settings::Audience),
    /// Opens a page of the guide over the screen, or closes it.
    Guide(Option<screen::guide::Page>),
    GoHome,
    OpenSettings,
    SwitchLanguage,
    DismissError,
    Tick,
    Poll,
    QuickChecked(Result<(), String>),
    Restored(Result<(), crate::store::StoreError>),
    ImportRead(Box<Result<crate::store::exchange::AssessmentFile, crate::store::StoreError>>),
}

impl App {
    /// A new app; opens the store in the data folder and, with `open`, that assessment's dashboard.
    pub fn new(paths: Paths, locale: Locale, open: Option<i64>) -> Self {
        let settings = Settings::load(&paths.config_dir);
        let (opened, watch, notice) = watch::open(&paths, locale);
        let ctx = Context {
            paths,
            locale,
            settings,
        };
        let mut app = App {
            ctx,
            store: None,
            screen: Screen::Home,
            home: home::Home::default(),
            home_data: HomeData::default(),
            error: None,
            notice,
            damaged: false,
            watch,
            guide: None,
            costs: None,
        };
        app.reload_costs();
        match opened {
            Ok(store) => {
                // User catalogues that could not be loaded are named, with the reasons.
                let rejected = store.catalogs().rejected(locale);
                if !rejected.is_empty() {
                    let mut lines = vec![tr(locale, "app-catalogs-rejected")];
                    for r in rejected {
                        lines.extend(r.reasons);
                    }
                    lines.extend(app.notice.take());
                    app.notice = Some(lines.join("\n"));
                }
                app.store = Some(store);
            }
            Err(e) => app.error = Some(error_text(locale, &e)),
        }
        app.refresh_home();
        if let Some(id) = open {
            app.open(id, Tab::Dashboard);
        }
        app
    }

    fn fail(&mut self, e: &dyn Localize) {
        self.error = Some(error_text(self.ctx.locale, e));
    }

    pub(crate) fn open(&mut self, id: i64, tab: Tab) {
        let Some(store) = &self.store else { return };
        let loaded = store
            .load(id)
            .and_then(|r| store.catalog(&r.meta.catalog_id).map(|c| (r, c.clone())));
        match loaded {
            Ok((record, catalog)) => {
                // A changed catalogue: say which answers are kept but no longer scored.
                let drift = crate::store::drift(&record, &catalog).describe(self.ctx.locale);
                if !drift.is_empty() {
                    self.notice = Some(drift.join("\n"));
                }
                let resume = store.setting(&format!("resume-{id}")).ok().flatten();
                let export_dir = self.ctx.paths.default_export_dir();
                // A follow-up shows the previous visit's answers beside its own.
                let previous = record.meta.previous_id.and_then(|p| {
                    let r = store.load(p).ok()?;
                    let c = store.catalog(&r.meta.catalog_id).ok()?.clone();
                    Some((r, c))
                });
                self.screen = Screen::Assessment(Box::new(Workspace::new(
                    record,
                    catalog,
                    previous,
                    resume.as_deref(),
                    tab,
                    self.ctx.locale,
                    &export_dir,
                )));
                self.ctx.settings.last_assessment = Some(id);
                self.apply_audience();
            }
            Err(e) => self.fail(&e),
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

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = iced::keyboard::listen().map(Message::Key);
        let window = iced::window::events().map(|(_, e)| Message::Window(e));
        Subscription::batch([keys, window, watch::ticks()])
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let l = self.ctx.locale;
        if matches!(
            message,
            Message::GoHome
                | Message::OpenSettings
                | Message::Workspace(workspace::Message::Tab(_))
        ) {
            self.guide = None;
        }
        match message {
            Message::Guide(page) => self.guide = page,
            Message::SwitchLanguage => {
                self.ctx.locale = l.other();
                self.ctx.settings.language = Some(self.ctx.locale);
                if let Err(e) = self.ctx.settings.save(&self.ctx.paths.config_dir) {
                    self.fail(&e);
                }
                self.refresh_home();
                let deps = deps(self.store.as_ref(), self.damaged, &self.ctx);
                if let Screen::Assessment(ws) = &mut self.screen {
                    ws.relocalize(self.ctx.locale, deps);
                }
            }
            Message::Audience(a) => self.set_audience(a),
            Message::DismissError => {
                self.error = None;
                self.notice = None;
            }
            Message::GoHome => {
                self.flush();
                self.screen = Screen::Home;
                self.refresh_home();
            }
            Message::OpenSettings => {
                self.flush();
                self.screen = Screen::Settings(settings::SettingsScreen::new(
                    &self.ctx,
                    self.store.as_ref(),
                ));
            }
            Message::Tick => self.flush(),
            Message::Poll => self.poll(),
            Message::QuickChecked(Err(detail)) => {
                self.damaged = true;
                self.error = Some(format!("{}: {detail}", tr(l, "err-store-quick-check")));
            }
            Message::QuickChecked(Ok(())) => {}
            Message::Home(home::Message::Browse) => {
                if let Some(request) = self.home.browse_request() {
                    return browse(request, |p| Message::Home(home::Message::Path(p)));
                }
            }
            Message::Settings(settings::Message::Policy(
                kind,
                screen::policy_card::Message::Browse,
            )) => {
                let request = dialogs::Pick::Open {
                    filter: "TOML",
                    extensions: &["toml"],
                };
                return browse(request, move |p| {
                    Message::Settings(settings::Message::Policy(
                        kind,
                        screen::policy_card::Message::Path(p),
                    ))
                });
            }
            Message::Settings(settings::Message::BrowseMove) => {
                return browse(dialogs::Pick::Folder, |p| {
                    Message::Settings(settings::Message::MovePath(p))
                });
            }
            Message::Home(m) => {
                // A dialog with a field to type into takes the cursor there.
                let focus = home::opens_a_field(&m);
                match self.home.update(m, &self.home_data) {
                    // Reading and decoding a file (up to 50 MB) runs off the UI thread.
                    Some(home::Event::Import(path)) if !self.damaged => {
                        self.notice = Some(tr(l, "home-importing"));
                        return Task::perform(
                            async move {
                                crate::store::exchange::read_import(std::path::Path::new(&path))
                            },
                            |r| Message::ImportRead(Box::new(r)),
                        );
                    }
                    Some(e) => self.home_event(e),
                    None => {}
                }
                if focus {
                    return iced::widget::operation::focus(home::DIALOG_FIELD_ID);
                }
            }
            Message::Restored(result) => {
                self.notice = None;
                match result {
                    Ok(()) => {
                        self.damaged = false;
                        self.error = None;
                        self.notice = Some(tr(l, "settings-restored"));
                    }
                    Err(e) => self.fail(&e),
                }
                self.reopen_store();
                self.refresh_home();
                self.screen = Screen::Home;
            }
            Message::ImportRead(result) => {
                self.notice = None;
                let imported = match *result {
                    Ok(file) => match self.store.as_ref().filter(|_| !self.damaged) {
                        Some(store) => store.import_decoded(file),
                        None => return Task::none(),
                    },
                    Err(e) => Err(e),
                };
                match imported {
                    Ok(id) => self.open(id, Tab::Dashboard),
                    Err(e) => self.fail(&e),
                }
            }
            Message::Settings(m) => {
                if let Screen::Settings(s) = &mut self.screen {
                    let event = s.update(m);
                    if let Some(e) = event {
                        return self.settings_event(e);
                    }
                }
            }
            Message::Workspace(m) => return self.workspace(m),
            Message::Key(e) => return self.key(e),
            Message::Window(e) => return self.window_event(e),
            Message::Monitor(id, Some(screen)) => {
                let (w, h) = crate::settings::WindowGeometry::size(self.ctx.settings.window);
                if w > screen.width || h > screen.height {
                    let fit = iced::Size::new(w.min(screen.width), h.min(screen.height));
                    return Task::batch([
                        iced::window::resize(id, fit),
                        iced::window::move_to(id, iced::Point::ORIGIN),
                    ]);
                }
            }
            Message::Monitor(_, None) => {}
        }
        Task::none()
    }

    /// Whether changes can be saved: a store is open, the background check passed, and the
    /// database is not read-only.
    pub fn writable(&self) -> bool {
        deps(self.store.as_ref(), self.damaged, &self.ctx).writable
    }

    /// Saves typed but unsaved text of the open diagnosis.
    fn flush(&mut self) {
        let deps = deps(self.store.as_ref(), self.damaged, &self.ctx);
        if let Screen::Assessment(ws) = &mut self.screen
            && let Some(workspace::Event::Error(e)) = ws.flush(deps)
        {
            self.error = Some(e);
        }
    }

    /// Routes a message to the open diagnosis and acts on what it asks for.
    fn workspace(&mut self, m: workspace::Message) -> Task<Message> {
        let deps = deps(self.store.as_ref(), self.damaged, &self.ctx);
        let Screen::Assessment(ws) = &mut self.screen else {
            return Task::none();
        };
        let (task, event) = ws.update(m, deps);
        let task = task.map(Message::Workspace);
        match event {
            None => task,
            Some(workspace::Event::Error(e)) => {
                self.error = Some(e);
                task
            }
            Some(workspace::Event::Browse(pick)) => Task::batch([
                task,
                browse(pick, |p| {
                    Message::Workspace(workspace::Message::Report(report::Message::Path(p)))
                }),
            ]),
        }
    }

    /// Remembers the window's size and position; on closing, saves typed text first.
    fn window_event(&mut self, event: iced::window::Event) -> Task<Message> {
        use iced::window::Event as W;
        match event {
            W::Resized(size) => {
                let g = self.ctx.settings.window.get_or_insert_default();
                g.width = size.width;
                g.height = size.height;
            }
            W::Moved(p) => {
                let g = self.ctx.settings.window.get_or_insert_default();
                g.x = Some(p.x);
                g.y = Some(p.y);
            }
            W::CloseRequested => {
                self.flush();
                if let Err(e) = self.ctx.settings.save(&self.ctx.paths.config_dir) {
                    tracing::warn!("settings not saved on exit: {e}");
                }
                return iced::exit();
            }
            _ => {}
        }
        Task::none()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let l = self.ctx.locale;
        let saving = matches!(&self.screen, Screen::Assessment(ws) if ws.saving());
        let failed = matches!(&self.screen, Screen::Assessment(ws) if ws.save_failed);
        // The save state belongs to an open diagnosis; elsewhere only read-only mode is news.
        let open = matches!(&self.screen, Screen::Assessment(_));
        let saved = if !self.writable() {
            tr(l, "app-read-only")
        } else if saving {
            tr(l, "app-saving")
        } else if failed {
            tr(l, "app-not-saved")
        } else if open {
            tr(l, "app-saved")
        } else {
            String::new()
        };
        let mut top = row![
            button(text(tr(l, "app-name")).size(18))
                .style(button::text)
                .on_press(Message::GoHome),
        ]
        .spacing(6)
        .padding([8, 16])
        .align_y(iced::Center);
        if let Screen::Assessment(ws) = &self.screen {
            for tab in Tab::ALL {
                let style = if ws.tab == tab {
                    button::primary
                } else {
                    button::text
                };
                top = top.push(
                    button(text(tr(l, tab.message_id())).size(14))
                        .style(style)
                        .on_press(Message::Workspace(workspace::Message::Tab(tab))),
                );
            }
        }
        top = top
            .push(iced::widget::space::horizontal())
            .push(text(saved).size(13).style(style::muted))
            .push(
                button(text(tr(l, "guide-open")).size(14))
                    .style(button::text)
                    .on_press(Message::Guide(Some(screen::guide::Page::Intro))),
            )
            .push(
                button(text(tr(l, "app-settings")).size(14))
                    .style(button::text)
                    .on_press(Message::OpenSettings),
            )
            .push(
                button(text(tr(l, "app-language-switch")).size(14))
                    .style(button::secondary)
                    .on_press(Message::SwitchLanguage),
            );
        let body: Element<'_, Message> = match (&self.screen, self.guide) {
            (_, Some(page)) => {
                screen::guide::view(l, page, self.costs.as_ref()).map(Message::Guide)
            }
            (screen, None) => self.screen_view(screen),
        };
        let mut page = column![container(top).style(style::top_bar).width(Fill)];
        if let Some(err) = &self.error {
            page = page.push(style::error_banner(
                err,
                tr(l, "app-dismiss"),
                Message::DismissError,
            ));
        }
        if let Some(note) = &self.notice {
            page = page.push(style::notice_banner(
                note,
                tr(l, "app-dismiss"),
                Message::DismissError,
            ));
        }
        page.push(container(body).width(Fill).height(Fill)).into()
    }
}

/// What the open diagnosis may use; saving needs a store that is not read-only and a passed
/// background check. (A free function, so the screen can be borrowed mutably beside it.)
fn deps<'a>(store: Option<&'a Store>, damaged: bool, ctx: &'a Context) -> workspace::Deps<'a> {
    workspace::Deps {
        store,
        writable: store.is_some_and(|s| !s.read_only()) && !damaged,
        locale: ctx.locale,
        paths: &ctx.paths,
    }
}

/// Runs a native dialog off the UI thread; a chosen path is typed into the field for the user.
fn browse(
    request: dialogs::Pick,
    to: impl Fn(String) -> Message + Send + 'static,
) -> Task<Message> {
    Task::perform(dialogs::pick(request), move |p| p.map_or(Message::Tick, to))
}

fn boot(paths: Paths, locale: Locale, open: Option<i64>) -> impl Fn() -> (App, Task<Message>) {
    move || {
        let app = App::new(paths.clone(), locale, open);
        let check = app.quick_check_task();
        (app, Task::batch([check, fit_to_screen()]))
    }
}

/// Asks for the screen's size so that a window larger than the screen can be made to fit.
fn fit_to_screen() -> Task<Message> {
    iced::window::latest()
        .and_then(|id| iced::window::monitor_size(id).map(move |size| Message::Monitor(id, size)))
}

fn update(app: &mut App, message: Message) -> Task<Message> {
    app.update(message)
}

fn view(app: &App) -> Element<'_, Message> {
    app.view()
}

/// The app as iced runs it: the window, the tests' emulator and the scripts all start this,
/// with the named presets of [`presets`] for reproducible states.
pub fn application(
    paths: Paths,
    locale: Locale,
    open: Option<i64>,
) -> iced::Application<impl iced::Program<State = App, Message = Message, Theme = Theme>> {
    let settings = Settings::load(&paths.config_dir);
    let (width, height) = crate::settings::WindowGeometry::size(settings.window);
    let position = settings
        .window
        .and_then(|g| Some(iced::Point::new(g.x?, g.y?)))
        .filter(|p| p.x > -100.0 && p.y > -100.0)
        .map_or(
            iced::window::Position::Centered,
            iced::window::Position::Specific,
        );
    iced::application(boot(paths, locale, open), update, view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .font(FONT_BYTES)
        .default_font(DEFAULT_FONT)
        .window(iced::window::Settings {
            size: iced::Size::new(width, height),
            min_size: Some(iced::Size::new(1024.0, 700.0)),
            position,
            // Closing saves typed text and the window's size first (see `window_event`).
            exit_on_close_request: false,
            ..iced::window::Settings::default()
        })
        .presets(presets::all())
}

/// Opens the window and runs until it is closed.
pub fn run(paths: Paths, locale: Locale, open: Option<i64>) -> Result<(), iced::Error> {
    application(paths, locale, open).run()
}
