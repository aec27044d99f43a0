//! Home: clients (organizations) with their diagnoses — progress, score, last change; create,
//! open, follow-up visit, rename, delete (with confirmation), import / export a file, search.
//! With no client yet, an empty state explains the app and offers a new diagnosis or the demo.

use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::ui::style;
use crate::ui::widgets::Choice;
use iced::widget::{button, column, container, pick_list, row, scrollable, text, text_input};
use iced::{Center, Element, Fill, Length};

/// One diagnosis as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentRow {
    pub id: i64,
    pub title: String,
    pub catalog: String,
    pub legacy: bool,
    pub progress: f64,
    pub score: Option<f64>,
    pub updated: String,
}

/// One client with its diagnoses, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgRow {
    pub id: i64,
    pub name: String,
    pub assessments: Vec<AssessmentRow>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HomeData {
    pub orgs: Vec<OrgRow>,
    /// Catalogues a new diagnosis can use: (id, label).
    pub catalogs: Vec<(String, String)>,
    pub default_export: String,
    /// The enterprise assesses itself: the report is its own, not one handed to a client.
    pub self_assessment: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Dialog {
    New { name: String, catalog: String },
    Rename { id: i64, title: String },
    Delete { id: i64, title: String },
    FollowUp { from: i64, catalog: String },
    Import { path: String },
    Export { id: i64, path: String },
}

#[derive(Debug, Default)]
pub struct Home {
    search: String,
    dialog: Option<Dialog>,
}

/// The text field of the open dialog (client name, new title, file path): it takes the cursor
/// when the dialog opens.
pub const DIALOG_FIELD_ID: &str = "home_dialog_field";

/// Whether `m` opens a dialog whose field is typed into first.
pub fn opens_a_field(m: &Message) -> bool {
    matches!(
        m,
        Message::NewDiagnosis
            | Message::StartRename(..)
            | Message::StartImport
            | Message::StartExport(..)
    )
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    NewDiagnosis,
    OpenDemo,
    Open(i64),
    StartRename(i64, String),
    StartDelete(i64, String),
    StartFollowUp(i64, String),
    StartImport,
    StartExport(i64, String),
    Name(String),
    Catalog(Choice<String>),
    Path(String),
    Confirm,
    Cancel,
    /// Opens the native file dialog for the path field (handled by the app).
    Browse,
}

/// What Home asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Create { org: String, catalog: String },
    OpenDemo,
    Open(i64),
    Rename { id: i64, title: String },
    Delete(i64),
    FollowUp { from: i64, catalog: String },
    Import(String),
    Export { id: i64, path: String },
}

impl Home {
    /// The native dialog that fits the open path field, if any.
    pub fn browse_request(&self) -> Option<crate::ui::dialogs::Pick> {
        use crate::ui::dialogs::Pick;
        match self.dialog.as_ref()? {
            Dialog::Import { .. } => Some(Pick::Open {
                filter: "JSON",
                extensions: &["json"],
            }),
            Dialog::Export { path, .. } => Some(Pick::Save {
                current: path.clone(),
                filter: "JSON / CSV / XLSX",
                extensions: &["json", "csv", "xlsx"],
            }),
            _ => None,
        }
    }

    pub fn update(&mut self, message: Message, data: &HomeData) -> Option<Event> {
        let default_catalog = || {
            data.catalogs
                .first()
                .map(|c| c.0.clone())
                .unwrap_or_default()
        };
        match message {
            Message::Search(s) => self.search = s,
            Message::NewDiagnosis => {
                self.dialog = Some(Dialog::New {
                    name: String::new(),
                    catalog: default_catalog(),
                });
            }
            Message::OpenDemo => return Some(Event::OpenDemo),
            Message::Open(id) => return Some(Event::Open(id)),
            Message::StartRename(id, title) => self.dialog = Some(Dialog::Rename { id, title }),
            Message::StartDelete(id, title) => self.dialog = Some(Dialog::Delete { id, title }),
            Message::StartFollowUp(from, catalog) => {
                self.dialog = Some(Dialog::FollowUp { from, catalog });
            }
            Message::StartImport => {
                self.dialog = Some(Dialog::Import {
                    path: data.default_export.clone(),
                });
            }
            Message::StartExport(id, title) => {
                let path = std::path::Path::new(&data.default_export)
                    .join(crate::paths::file_name(&title, "json"))
                    .display()
                    .to_string();
                self.dialog = Some(Dialog::Export { id, path });
            }
            Message::Name(s) => match self.dialog.as_mut() {
                Some(Dialog::New { name, .. }) => *name = s,
                Some(Dialog::Rename { title, .. }) => *title = s,
                _ => {}
            },
            Message::Catalog(c) => {
                if let Some(Dialog::New { catalog, .. } | Dialog::FollowUp { catalog, .. }) =
                    self.dialog.as_mut()
                {
                    *catalog = c.value;
                }
            }
            Message::Path(s) => {
                if let Some(Dialog::Import { path } | Dialog::Export { path, .. }) =
                    self.dialog.as_mut()
                {
                    *path = s;
                }
            }
            Message::Cancel => self.dialog = None,
            Message::Browse => {}
            Message::Confirm => {
                let event = match self.dialog.take()? {
                    Dialog::New { name, catalog } if !name.trim().is_empty() => Event::Create {
                        org: name.trim().to_string(),
                        catalog,
                    },
                    d @ Dialog::New { .. } => {
                        self.dialog = Some(d);
                        return None;
                    }
                    Dialog::Rename { id, title } => Event::Rename {
                        id,
                        title: title.trim().to_string(),
                    },
                    Dialog::Delete { id, .. } => Event::Delete(id),
                    Dialog::FollowUp { from, catalog } => Event::FollowUp { from, catalog },
                    Dialog::Import { path } => Event::Import(path.trim().to_string()),
                    Dialog::Export { id, path } => Event::Export {
                        id,
                        path: path.trim().to_string(),
                    },
                };
                return Some(event);
            }
        }
        None
    }

    pub fn view<'a>(&'a self, data: &'a HomeData, l: Locale) -> Element<'a, Message> {
        if data.orgs.is_empty() && self.dialog.is_none() {
            return self.empty(data, l);
        }
        let toolbar = row![
            text_input(&tr(l, "home-search"), &self.search)
                .on_input(Message::Search)
                .width(Length::Fixed(280.0))
                .padding(8),
            iced::widget::space::horizontal(),
            button(text(tr(l, "home-import")))
                .style(button::secondary)
                .on_press(Message::StartImport),
            button(text(tr(l, "home-open-demo")))
                .style(button::secondary)
                .on_press(Message::OpenDemo),
            button(text(tr(l, "home-new")))
                .style(button::primary)
                .on_press(Message::NewDiagnosis),
        ]
        .spacing(10)
        .align_y(Center);
        let needle = self.search.trim().to_lowercase();
        let mut list = column![].spacing(10);
        let matches = |o: &&OrgRow| {
            needle.is_empty()
                || o.name.to_lowercase().contains(&needle)
                || o.assessments
                    .iter()
                    .any(|a| a.title.to_lowercase().contains(&needle))
        };
        // Only a search that finds nothing says so; an empty list under a dialog says nothing.
        if !needle.is_empty() && !data.orgs.iter().any(|o| matches(&o)) {
            list = list.push(
                text(tr_args(
                    l,
                    "home-no-match",
                    &[("query", Arg::from(self.search.trim()))],
                ))
                .size(15)
                .style(style::muted),
            );
        }
        for org in data.orgs.iter().filter(matches) {
            let mut card = column![text(&org.name).size(18)].spacing(6);
            for a in &org.assessments {
                let score = a
                    .score
                    .map_or_else(|| "—".to_string(), crate::i18n::score_text);
                let follow_catalog = data
                    .catalogs
                    .first()
                    .map(|c| c.0.clone())
                    .unwrap_or_default();
                card = card.push(
                    row![
                        button(text(&a.title).size(15))
                            .style(button::text)
                            .on_press(Message::Open(a.id))
                            .width(Fill),
                        text(&a.catalog)
                            .size(12)
                            .style(style::muted)
                            .width(Length::Fixed(130.0)),
                        text(tr_args(
                            l,
                            "home-progress",
                            &[("pct", Arg::from(a.progress.round()))]
                        ))
                        .size(13)
                        .width(Length::Fixed(90.0)),
                        text(tr_args(l, "home-score", &[("score", Arg::from(score))]))
                            .size(13)
                            .width(Length::Fixed(80.0)),
                        text(&a.updated)
                            .size(12)
                            .style(style::muted)
                            .width(Length::Fixed(130.0)),
                        button(text(tr(l, "home-follow-up")).size(13))
                            .style(button::secondary)
                            .on_press(Message::StartFollowUp(a.id, follow_catalog)),
                        button(text(tr(l, "home-export")).size(13))
                            .style(button::secondary)
                            .on_press(Message::StartExport(a.id, a.title.clone())),
                        button(text(tr(l, "home-rename")).size(13))
                            .style(button::secondary)
                            .on_press(Message::StartRename(a.id, a.title.clone())),
                        button(text(tr(l, "home-delete")).size(13))
                            .style(button::danger)
                            .on_press(Message::StartDelete(a.id, a.title.clone())),
                    ]
                    .spacing(8)
                    .align_y(Center),
                );
            }
            list = list.push(container(card).padding(14).width(Fill).style(style::card));
        }
        let mut page = column![toolbar].spacing(14).padding(20);
        if let Some(d) = &self.dialog {
            page = page.push(self.dialog_view(d, data, l));
        }
        page.push(scrollable(list).height(Fill)).into()
    }

    fn dialog_view<'a>(
        &'a self,
        d: &'a Dialog,
        data: &'a HomeData,
        l: Locale,
    ) -> Element<'a, Message> {
        let catalogs: Vec<Choice<String>> = data
            .catalogs
            .iter()
            .map(|(id, label)| Choice {
                value: id.clone(),
                label: label.clone(),
            })
            .collect();
        let pick = |current: &String| {
            let sel = catalogs.iter().find(|c| &c.value == current).cloned();
            pick_list(catalogs.clone(), sel, Message::Catalog).text_size(14)
        };
        let (title, body): (String, Element<'a, Message>) = match d {
            Dialog::New { name, catalog } => (
                tr(l, "home-new"),
                column![
                    text_input(&tr(l, "home-org-name"), name)
                        .id(DIALOG_FIELD_ID)
                        .on_input(Message::Name)
                        .on_submit(Message::Confirm)
                        .padding(8),
                    row![text(tr(l, "home-catalog")).size(14), pick(catalog)]
                        .spacing(8)
                        .align_y(Center),
                ]
                .spacing(8)
                .into(),
            ),
            Dialog::Rename { title, .. } => (
                tr(l, "home-rename"),
                text_input("", title)
                    .id(DIALOG_FIELD_ID)
                    .on_input(Message::Name)
                    .on_submit(Message::Confirm)
                    .padding(8)
                    .into(),
            ),
            Dialog::Delete { title, .. } => (
                tr(l, "home-delete"),
                text(tr_args(
                    l,
                    "home-delete-confirm",
                    &[("title", Arg::from(title))],
                ))
                .into(),
            ),
            Dialog::FollowUp { catalog, .. } => (
                tr(l, "home-follow-up"),
                column![
                    text(tr(l, "home-follow-up-hint")).size(14),
                    row![text(tr(l, "home-catalog")).size(14), pick(catalog)]
                        .spacing(8)
                        .align_y(Center)
                ]
                .spacing(8)
                .into(),
            ),
            Dialog::Import { path } | Dialog::Export { path, .. } => {
                let (title, hint) = if matches!(d, Dialog::Import { .. }) {
                    ("home-import", "home-import-hint")
                } else {
                    ("home-export", "home-export-hint")
                };
                let field = text_input("", path)
                    .id(DIALOG_FIELD_ID)
                    .on_input(Message::Path)
                    .on_submit(Message::Confirm)
                    .padding(8);
                (
                    tr(l, title),
                    column![text(tr(l, hint)).size(14), field].spacing(8).into(),
                )
            }
        };
        let confirm_style = if matches!(d, Dialog::Delete { .. }) {
            button::danger
        } else {
            button::primary
        };
        container(
            column![
                text(title).size(18),
                body,
                row![
                    button(text(tr(l, "home-confirm")))
                        .style(confirm_style)
                        .on_press(Message::Confirm),
                    button(text(tr(l, "plan-cancel")))
                        .style(button::secondary)
                        .on_press(Message::Cancel),
                ]
                .spacing(8),
            ]
            .spacing(10),
        )
        .padding(16)
        .width(Fill)
        .style(style::card)
        .into()
    }

    fn empty(&self, data: &HomeData, l: Locale) -> Element<'_, Message> {
        let empty = column![
            text(tr(l, "home-empty-title")).size(28),
            text(tr(
                l,
                if data.self_assessment {
                    "home-empty-body-self"
                } else {
                    "home-empty-body"
                }
            ))
            .size(16),
            row![
                button(text(tr(l, "home-new")))
                    .style(button::primary)
                    .padding([10, 20])
                    .on_press(Message::NewDiagnosis),
                button(text(tr(l, "home-open-demo")))
                    .style(button::secondary)
                    .padding([10, 20])
                    .on_press(Message::OpenDemo),
                button(text(tr(l, "home-import")))
                    .style(button::secondary)
                    .padding([10, 20])
                    .on_press(Message::StartImport),
            ]
            .spacing(12),
        ]
        .spacing(20)
        .max_width(640);
        container(container(empty).padding(32).style(style::card))
            .center_x(Fill)
            .center_y(Fill)
            .into()
    }
}
