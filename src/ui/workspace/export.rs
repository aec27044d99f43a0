//! The report screen's export: the frozen document is rendered off the UI thread; a PDF
//! whose text the bundled font cannot print whole is held back, unwritten, until the user has
//! seen which characters and goes ahead. Checklists for all departments can be one file per
//! department into a folder.

use super::{Deps, Event, Message, Workspace};
use crate::i18n::error_text;
use crate::ui::screen::report;
use iced::Task;

impl Workspace {
    pub(super) fn on_report(
        &mut self,
        m: report::Message,
        deps: Deps<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let l = deps.locale;
        match self.report.update(m) {
            None => (Task::none(), None),
            Some(report::Event::Browse(pick)) => (Task::none(), Some(Event::Browse(pick))),
            Some(report::Event::Open(path)) => {
                let event = report::open_with_system(&path)
                    .err()
                    .map(|e| Event::Error(format!("{}: {e}", path.display())));
                (Task::none(), event)
            }
            Some(report::Event::Export {
                each,
                path,
                assessor,
                assessor_org,
                conclusion,
                anyway,
            }) => {
                let Some(store) = deps.store else {
                    self.report.busy = false;
                    return (Task::none(), None);
                };
                let id = self.record.meta.id;
                // The assessor and conclusion are saved when possible; printing works read-only.
                if let Some(writer) = deps.writer() {
                    let saved = writer
                        .set_assessor(id, &assessor, &assessor_org)
                        .and_then(|()| writer.set_conclusion(id, &conclusion));
                    if let Err(e) = saved {
                        self.report.busy = false;
                        return (Task::none(), Some(Event::Error(error_text(l, &e))));
                    }
                }
                self.record.meta.assessor.clone_from(&assessor);
                self.record
                    .meta
                    .assessor_organization
                    .clone_from(&assessor_org);
                self.record.meta.conclusion.clone_from(&conclusion);
                let doc = match crate::printing::document_of(
                    store,
                    deps.paths,
                    &self.record,
                    self.report.locale,
                    self.as_of,
                    chrono::Utc::now(),
                ) {
                    Ok(doc) => doc,
                    Err(e) => {
                        self.report.busy = false;
                        return (Task::none(), Some(Event::Error(error_text(l, &e))));
                    }
                };
                let kind = self.report.kind;
                let format = self.report.format;
                let department = self.report.department.clone();
                let sections = self.report.sections.clone();
                let date = self.as_of;
                let task = Task::perform(
                    async move {
                        let _ = crate::printing::take_missing_glyphs();
                        let target = std::path::PathBuf::from(&path);
                        // One file, or (one per department) every file, rendered before any
                        // is written.
                        let files = if each {
                            let filled = kind == crate::report::ReportKind::Checklist;
                            crate::printing::render_each_department(
                                &doc, filled, format, &target, date,
                            )
                            .map_err(|e| error_text(l, &e))?
                        } else {
                            let bytes = crate::report::render_doc_as(
                                &doc,
                                kind,
                                format,
                                &sections,
                                department.as_deref(),
                            )
                            .map_err(|e| error_text(l, &e))?;
                            vec![(target, bytes)]
                        };
                        // Only the PDF prints the bundled font (Word and WPS use their own).
                        let mut missing = crate::printing::take_missing_glyphs();
                        if format != crate::report::ReportFormat::Pdf {
                            missing.clear();
                        }
                        if !missing.is_empty() && !anyway {
                            return Ok((None, 0, missing));
                        }
                        let written = crate::printing::write_all(files)
                            .map_err(|e| error_text(l, &e))?
                            .len();
                        Ok((Some(path), written, missing))
                    },
                    Message::ReportDone,
                );
                (task, None)
            }
        }
    }
}
