//! Report: choose the language, the printable (diagnosis report with the chosen sections, or
//! interview checklist, filled or blank, for all or one department) and the format (PDF, or
//! DOCX to edit in Word), add the assessor and the conclusion, export to a file, then open the
//! file or its folder. Rendering runs off the UI thread. The suggested file name follows the
//! printable, its language and its format until the user types a name of their own.

use crate::i18n::{Arg, tr, tr_args};
use crate::locale::Locale;
use crate::report::{ReportFormat, ReportKind, ReportSection};
use crate::ui::style;
use crate::ui::widgets::{Choice, keyed_choices};
use iced::widget::{
    button, checkbox, column, container, pick_list, row, scrollable, text, text_editor, text_input,
};
use iced::{Element, Fill, Length};

#[derive(Debug)]
pub struct ReportScreen {
    pub locale: Locale,
    pub kind: ReportKind,
    pub format: ReportFormat,
    /// One of the client's departments (its id); `None` for all.
    pub department: Option<String>,
    /// The client's departments (id, name), for the picker and the file name.
    pub units: Vec<(String, String)>,
    /// The diagnosis report's sections to print.
    pub sections: Vec<ReportSection>,
    /// Whether the assessment is a follow-up visit (only then is there a comparison).
    pub follow_up: bool,
    /// The client's name, for the suggested file name.
    pub client: String,
    /// The day the printable is made, for the suggested checklist file name (today).
    pub date: chrono::NaiveDate,
    pub assessor: String,
    pub assessor_org: String,
    pub conclusion: text_editor::Content,
    pub path: String,
    /// Checklists for all departments: one file per department into the folder `path`
    /// instead of one file with a form per department.
    pub each: bool,
    pub busy: bool,
    pub done: Option<String>,
    /// How many files the last export wrote (several with `each`).
    pub written: usize,
    /// Characters the last report printed as the fallback mark (the font has no glyph).
    pub missing: Vec<char>,
    /// The last export was held back, unwritten, because of `missing`: the user goes ahead
    /// ("export anyway") or changes the text first.
    pub held: bool,
    /// Who the report is for (the enterprise itself prints no consultancy fields).
    pub audience: crate::model::audience::Audience,
    /// The conclusion written from the evaluation, offered to start from (and printed when
    /// nothing was written).
    pub written_conclusion: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Locale(Locale),
    Kind(Choice<ReportKind>),
    Format(ReportFormat),
    Department(Choice<Option<String>>),
    Section(ReportSection, bool),
    /// One file per department (checklists for all departments).
    Each(bool),
    /// Ticks every section (true) or none (false).
    AllSections(bool),
    Assessor(String),
    AssessorOrg(String),
    Conclusion(text_editor::Action),
    /// Puts the conclusion written from the evaluation into the editor.
    UseWrittenConclusion,
    Path(String),
    Export,
    /// Writes the report although the font lacks some of its characters.
    ExportAnyway,
    OpenFile,
    OpenFolder,
    /// Opens the native save dialog (handled by the app).
    Browse,
}

/// What the screen asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Save assessor and conclusion, then render to `path`.
    Export {
        /// One file per department into the folder `path`.
        each: bool,
        path: String,
        assessor: String,
        assessor_org: String,
        conclusion: String,
        /// Write it even when the font lacks characters (else it is held back and they are
        /// named first).
        anyway: bool,
    },
    Open(std::path::PathBuf),
    /// Show the native save dialog; a chosen path comes back as `Message::Path`.
    Browse(crate::ui::dialogs::Pick),
}

impl ReportScreen {
    pub fn new(
        locale: Locale,
        client: &str,
        export_dir: &std::path::Path,
        follow_up: bool,
        record: (&str, &str, &str),
    ) -> Self {
        let (assessor, assessor_org, conclusion) = record;
        let mut screen = ReportScreen {
            locale,
            kind: ReportKind::Diagnosis,
            format: ReportFormat::Pdf,
            department: None,
            units: Vec::new(),
            sections: ReportSection::ALL.to_vec(),
            follow_up,
            client: client.to_string(),
            date: chrono::Local::now().date_naive(),
            assessor: assessor.to_string(),
            assessor_org: assessor_org.to_string(),
            conclusion: text_editor::Content::with_text(conclusion),
            path: String::new(),
            each: false,
            busy: false,
            done: None,
            written: 0,
            missing: Vec::new(),
            held: false,
            audience: crate::model::audience::Audience::Consultant,
            written_conclusion: String::new(),
        };
        screen.path = export_dir.join(screen.file_name()).display().to_string();
        screen
    }

    /// The suggested file name: client, printable, in the report's language; checklists add the
    /// department and the date.
    pub fn file_name(&self) -> String {
        let department = self.department.as_ref().map(|id| {
            self.units
                .iter()
                .find(|(u, _)| u == id)
                .map_or_else(|| id.clone(), |(_, name)| name.clone())
        });
        let name = crate::printing::suggested_file_name(
            self.locale,
            self.audience,
            self.kind,
            &self.client,
            department.as_deref(),
            self.date,
        );
        std::path::Path::new(&name)
            .with_extension(self.format.extension())
            .display()
            .to_string()
    }

    /// A self-assessment's own word for `id` where it has one (`{id}-self`).
    fn for_audience(&self, id: &str) -> String {
        crate::i18n::for_audience(self.locale, self.audience, id)
    }

    /// Who the report is for; the suggested file name follows (诊断报告 or 自评报告).
    pub fn set_audience(&mut self, audience: crate::model::audience::Audience) {
        self.renaming(|s| s.audience = audience);
    }

    /// Applies a change of printable or language, keeping the path's file name in step when
    /// it is still the suggested one.
    fn renaming(&mut self, change: impl FnOnce(&mut Self)) {
        let before = self.file_name();
        let split = self.splits();
        change(self);
        // Into or out of "one file per department": the path becomes the folder, or a file in it.
        if split != self.splits() {
            let folder = if split {
                std::path::PathBuf::from(&self.path)
            } else {
                std::path::Path::new(&self.path)
                    .parent()
                    .map(std::path::Path::to_path_buf)
                    .unwrap_or_default()
            };
            self.path = if split {
                folder.join(self.file_name()).display().to_string()
            } else {
                folder.display().to_string()
            };
            return;
        }
        let path = std::path::Path::new(&self.path);
        if path.file_name().and_then(|n| n.to_str()) == Some(before.as_str()) {
            self.path = path.with_file_name(self.file_name()).display().to_string();
        }
    }

    /// One file per department: the choice is on and applies (a checklist for all departments).
    pub fn splits(&self) -> bool {
        self.each
            && self.department.is_none()
            && matches!(
                self.kind,
                ReportKind::Checklist | ReportKind::BlankChecklist
            )
    }

    /// Whether there is something to print.
    fn printable(&self) -> bool {
        self.kind != ReportKind::Diagnosis
            || self
                .sections
                .iter()
                .any(|s| *s != ReportSection::Compare || self.follow_up)
    }

    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Locale(l) => self.renaming(|s| s.locale = l),
            Message::Kind(c) => self.renaming(|s| s.kind = c.value),
            Message::Format(f) => self.renaming(|s| s.format = f),
            Message::Department(c) => self.renaming(|s| s.department = c.value),
            Message::Section(section, on) => {
                self.sections.retain(|s| *s != section);
                if on {
                    self.sections.push(section);
                }
            }
            Message::AllSections(on) => {
                self.sections = if on {
                    ReportSection::ALL.to_vec()
                } else {
                    Vec::new()
                };
            }
            Message::Assessor(s) => self.assessor = s,
            Message::AssessorOrg(s) => self.assessor_org = s,
            Message::Conclusion(a) => self.conclusion.perform(a),
            Message::UseWrittenConclusion => {
                self.conclusion = text_editor::Content::with_text(&self.written_conclusion);
            }
            Message::Path(s) => self.path = s,
            Message::Each(on) => self.renaming(|s| s.each = on),
            Message::Browse if self.splits() => {
                return Some(Event::Browse(crate::ui::dialogs::Pick::Folder));
            }
            Message::Browse => {
                let (filter, extensions): (&'static str, &'static [&'static str]) =
                    match self.format {
                        ReportFormat::Pdf => ("PDF", &["pdf"]),
                        ReportFormat::Docx => ("Word", &["docx"]),
                    };
                return Some(Event::Browse(crate::ui::dialogs::Pick::Save {
                    current: self.path.clone(),
                    filter,
                    extensions,
                }));
            }
            Message::Export | Message::ExportAnyway => {
                if self.busy || !self.printable() {
                    return None;
                }
                let anyway = matches!(message, Message::ExportAnyway) && self.held;
                self.busy = true;
                self.done = None;
                self.held = false;
                self.missing.clear();
                return Some(Event::Export {
                    each: self.splits(),
                    path: self.path.trim().to_string(),
                    assessor: self.assessor.trim().to_string(),
                    assessor_org: self.assessor_org.trim().to_string(),
                    conclusion: self.conclusion.text().trim().to_string(),
                    anyway,
                });
            }
            Message::OpenFile => return self.done.as_ref().map(|p| Event::Open(p.into())),
            Message::OpenFolder => {
                return self.done.as_ref().and_then(|p| {
                    let p = std::path::Path::new(p);
                    if p.is_dir() {
                        return Some(Event::Open(p.to_path_buf()));
                    }
                    p.parent().map(|d| Event::Open(d.to_path_buf()))
                });
            }
        }
        None
    }

    pub fn view(&self, l: Locale) -> Element<'_, Message> {
        let lang = |label: &'static str, loc: Locale| {
            button(text(label).size(14))
                .style(if self.locale == loc {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(Message::Locale(loc))
        };
        let format = |f: ReportFormat| {
            button(text(tr(l, &format!("rep-format-{}", f.key()))).size(14))
                .style(if self.format == f {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(Message::Format(f))
        };
        let mut kinds = keyed_choices(l, "report-kind", ReportKind::ALL, ReportKind::key);
        for c in &mut kinds {
            if c.value == ReportKind::Diagnosis {
                c.label = tr(l, &self.for_audience("report-kind-diagnosis"));
            }
        }
        let kind = kinds.iter().find(|c| c.value == self.kind).cloned();
        let mut depts = vec![Choice {
            value: None,
            label: tr(l, "q-all-departments"),
        }];
        depts.extend(self.units.iter().map(|(id, name)| Choice {
            value: Some(id.clone()),
            label: name.clone(),
        }));
        let dept = depts.iter().find(|c| c.value == self.department).cloned();
        let mut form = column![
            text(tr(l, "rep-heading")).size(18),
            row![
                text(tr(l, "rep-language"))
                    .size(14)
                    .width(Length::Fixed(140.0)),
                lang("中文", Locale::ZhCn),
                lang("English", Locale::EnUs)
            ]
            .spacing(8)
            .align_y(iced::Center),
            row![
                text(tr(l, "rep-kind")).size(14).width(Length::Fixed(140.0)),
                pick_list(kinds, kind, Message::Kind).text_size(14)
            ]
            .spacing(8)
            .align_y(iced::Center),
            row![
                text(tr(l, "rep-format"))
                    .size(14)
                    .width(Length::Fixed(140.0)),
                format(ReportFormat::Pdf),
                format(ReportFormat::Docx)
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(12);
        if self.kind == ReportKind::Diagnosis {
            let boxes = ReportSection::ALL
                .iter()
                .filter(|s| **s != ReportSection::Compare || self.follow_up)
                .map(|s| {
                    checkbox(self.sections.contains(s))
                        .label(tr(
                            l,
                            &self.for_audience(&format!("report-sec-{}", s.key())),
                        ))
                        .on_toggle(move |on| Message::Section(*s, on))
                        .text_size(13)
                        .into()
                });
            let all = self.sections.len() == ReportSection::ALL.len();
            let toggle = button(
                text(tr(
                    l,
                    if all {
                        "rep-sections-none"
                    } else {
                        "rep-sections-all"
                    },
                ))
                .size(13),
            )
            .style(style::link)
            .padding([2, 0])
            .on_press(Message::AllSections(!all));
            form = form.push(
                row![
                    column![text(tr(l, "rep-sections")).size(14), toggle]
                        .spacing(2)
                        .width(Length::Fixed(140.0)),
                    row(boxes).spacing(14).width(Fill).wrap()
                ]
                .spacing(8),
            );
        } else if self.kind != ReportKind::WorkPlan {
            form = form.push(
                row![
                    text(tr(l, "q-department"))
                        .size(14)
                        .width(Length::Fixed(140.0)),
                    pick_list(depts, dept, Message::Department).text_size(14)
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
            if self.department.is_none() {
                form = form.push(
                    checkbox(self.each)
                        .label(tr(l, "rep-each-department"))
                        .on_toggle(Message::Each)
                        .text_size(14),
                );
                let hint = if self.each {
                    "rep-each-department-hint"
                } else {
                    "rep-all-departments-hint"
                };
                form = form.push(text(tr(l, hint)).size(13));
            }
        }
        // A self-assessment has someone who prepared it, and no consultancy.
        let consultant = self.audience == crate::model::audience::Audience::Consultant;
        let assessor_label = if consultant {
            "rep-assessor"
        } else {
            "rep-assessor-self"
        };
        form = form.push(
            row![
                text(tr(l, assessor_label))
                    .size(14)
                    .width(Length::Fixed(140.0)),
                text_input("", &self.assessor)
                    .on_input(Message::Assessor)
                    .padding(6)
            ]
            .spacing(8)
            .align_y(iced::Center),
        );
        if consultant {
            form = form.push(
                row![
                    text(tr(l, "rep-assessor-org"))
                        .size(14)
                        .width(Length::Fixed(140.0)),
                    text_input("", &self.assessor_org)
                        .on_input(Message::AssessorOrg)
                        .padding(6)
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
        }
        // Only the diagnosis report prints a conclusion; checklists and the work plan do not.
        if self.kind == ReportKind::Diagnosis {
            form = form
                .push(
                    row![
                        text(tr(l, &self.for_audience("rep-conclusion")))
                            .size(14)
                            .width(Fill),
                        button(
                            text(tr(l, &self.for_audience("rep-use-written-conclusion"))).size(13)
                        )
                        .style(button::secondary)
                        .on_press_maybe(
                            (!self.written_conclusion.is_empty())
                                .then_some(Message::UseWrittenConclusion)
                        ),
                    ]
                    .spacing(8)
                    .align_y(iced::Center),
                )
                .push(
                    text(tr(l, &self.for_audience("rep-conclusion-fallback")))
                        .size(12)
                        .style(style::muted),
                )
                .push(
                    text_editor(&self.conclusion)
                        .on_action(Message::Conclusion)
                        .height(Length::Fixed(140.0)),
                );
        }
        form = form.push(
            row![
                text(tr(l, "rep-path")).size(14).width(Length::Fixed(140.0)),
                text_input("", &self.path)
                    .on_input(Message::Path)
                    .padding(6),
                button(text(tr(l, "app-browse")))
                    .style(button::secondary)
                    .on_press(Message::Browse),
            ]
            .spacing(8)
            .align_y(iced::Center),
        );
        let export = if self.busy {
            button(text(tr(l, "rep-working"))).style(button::secondary)
        } else if !self.printable() {
            button(text(tr(l, "rep-no-sections"))).style(button::secondary)
        } else {
            button(text(tr(l, "rep-export")))
                .style(button::primary)
                .on_press(Message::Export)
        };
        form = form.push(export);
        if self.held {
            form = form
                .push(
                    crate::printing::missing_glyphs_warning(l, &self.missing)
                        .map(|w| text(w).size(14).color(crate::ui::charts::score_color(40.0))),
                )
                .push(
                    button(text(tr(l, "rep-export-anyway")))
                        .style(button::secondary)
                        .on_press(Message::ExportAnyway),
                );
        }
        if let Some(done) = &self.done {
            form = form
                .push(
                    text(if self.written > 1 {
                        tr_args(
                            l,
                            "rep-done-each",
                            &[
                                ("count", Arg::from(self.written)),
                                ("path", Arg::from(done)),
                            ],
                        )
                    } else {
                        tr_args(l, "rep-done", &[("path", Arg::from(done))])
                    })
                    .size(14)
                    .color(crate::ui::charts::score_color(100.0)),
                )
                .push(
                    crate::printing::missing_glyphs_warning(l, &self.missing)
                        .map(|w| text(w).size(14).color(crate::ui::charts::score_color(40.0))),
                )
                .push(
                    row![
                        button(text(tr(l, "rep-open-file")))
                            .style(button::secondary)
                            .on_press(Message::OpenFile),
                        button(text(tr(l, "rep-open-folder")))
                            .style(button::secondary)
                            .on_press(Message::OpenFolder),
                    ]
                    .spacing(8),
                );
        }
        scrollable(
            container(container(form).padding(20).style(style::card).width(Fill))
                .padding(20)
                .max_width(900),
        )
        .id(crate::ui::screen::page_id())
        .height(Fill)
        .into()
    }
}

/// Opens a file or folder with the system's default program.
pub fn open_with_system(path: &std::path::Path) -> std::io::Result<()> {
    let mut cmd = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("explorer");
        c.arg(path);
        c
    } else if cfg!(target_os = "macos") {
        let mut c = std::process::Command::new("open");
        c.arg(path);
        c
    } else {
        let mut c = std::process::Command::new("xdg-open");
        c.arg(path);
        c
    };
    cmd.spawn().map(|_| ())
}
