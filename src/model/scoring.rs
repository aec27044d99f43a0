//! Scores per item, clause (with its parent clauses), chapter, IP process and overall.
//!
//! One formula everywhere (decisions.md): score = Σ(weight × verdict score) / Σ(weight) over
//! answered, applicable items. N/A items (marked or derived from triage) are excluded;
//! unanswered items are excluded from the score and lower the progress instead.

use super::assessment::{Answers, Triage, Verdict, effective_verdict, triage_excludes};
use super::catalog::{Catalog, Process};
use super::message::Message;
use serde::Serialize;
use std::collections::HashMap;

/// How many items carry each verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct VerdictCounts {
    pub conform: usize,
    pub observation: usize,
    pub minor: usize,
    pub major: usize,
    pub na: usize,
    pub unanswered: usize,
}

impl VerdictCounts {
    fn add(&mut self, verdict: Verdict) {
        let slot = match verdict {
            Verdict::Conform => &mut self.conform,
            Verdict::Observation => &mut self.observation,
            Verdict::Minor => &mut self.minor,
            Verdict::Major => &mut self.major,
            Verdict::Na => &mut self.na,
            Verdict::Unanswered => &mut self.unanswered,
        };
        *slot += 1;
    }

    pub fn get(&self, verdict: Verdict) -> usize {
        match verdict {
            Verdict::Conform => self.conform,
            Verdict::Observation => self.observation,
            Verdict::Minor => self.minor,
            Verdict::Major => self.major,
            Verdict::Na => self.na,
            Verdict::Unanswered => self.unanswered,
        }
    }

    /// Observations, minor and major nonconformities.
    pub fn gaps(&self) -> usize {
        self.observation + self.minor + self.major
    }
}

/// The score of a group of items.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Aggregate {
    /// 0–100; `None` while no applicable item is answered.
    pub score: Option<f64>,
    /// Answered applicable items / applicable items, 0–100 (100 when nothing applies).
    pub progress: f64,
    pub applicable: usize,
    pub answered: usize,
    /// Σ weight of the answered applicable items (the formula's denominator).
    pub weight_answered: u32,
    /// Σ weight × score (the formula's numerator).
    pub points: f64,
    pub counts: VerdictCounts,
}

impl Aggregate {
    fn add(&mut self, weight: u8, verdict: Verdict) {
        self.counts.add(verdict);
        if verdict == Verdict::Na {
            return;
        }
        self.applicable += 1;
        if let Some(s) = verdict.score() {
            self.answered += 1;
            self.weight_answered += u32::from(weight);
            self.points += f64::from(weight) * s;
        }
    }

    fn finish(&mut self) {
        self.score = (self.weight_answered > 0)
            .then(|| (self.points / f64::from(self.weight_answered)).clamp(0.0, 100.0));
        self.progress = if self.applicable == 0 {
            100.0
        } else {
            self.answered as f64 * 100.0 / self.applicable as f64
        };
    }
}

/// One item's effective verdict and score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemScore {
    pub item_id: String,
    pub clause: String,
    pub chapter: String,
    pub process: Process,
    pub weight: u8,
    pub prerequisite: bool,
    /// The verdict that counts: `na` where triage excludes the item.
    pub verdict: Verdict,
    /// The item is N/A because a triage question was answered "no".
    pub na_by_triage: bool,
    pub score: Option<f64>,
}

impl ItemScore {
    /// Severity of the gap (0–3), see `Verdict::severity`.
    pub fn severity(&self) -> u8 {
        self.verdict.severity(self.prerequisite)
    }

    /// Action priority = weight × severity (0 when there is no gap).
    pub fn priority(&self) -> u8 {
        self.weight.saturating_mul(self.severity())
    }
}

/// The aggregate of one clause or chapter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClauseScore {
    pub number: String,
    pub aggregate: Aggregate,
}

/// Every score of one assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    /// Active items in catalogue order.
    pub items: Vec<ItemScore>,
    /// Every clause of the catalogue in tree order; a clause includes its sub-clauses' items.
    pub clauses: Vec<ClauseScore>,
    /// Chapters "4" … "10" and "B", in catalogue order.
    pub chapters: Vec<ClauseScore>,
    /// IP processes that have at least one item, in `Process::ALL` order.
    pub processes: Vec<(Process, Aggregate)>,
    pub overall: Aggregate,
}

impl Scorecard {
    pub fn item(&self, id: &str) -> Option<&ItemScore> {
        self.items.iter().find(|i| i.item_id == id)
    }

    pub fn clause(&self, number: &str) -> Option<&Aggregate> {
        self.clauses
            .iter()
            .find(|c| c.number == number)
            .map(|c| &c.aggregate)
    }

    pub fn chapter(&self, id: &str) -> Option<&Aggregate> {
        self.chapters
            .iter()
            .find(|c| c.number == id)
            .map(|c| &c.aggregate)
    }

    pub fn process(&self, process: Process) -> Option<&Aggregate> {
        self.processes
            .iter()
            .find(|(p, _)| *p == process)
            .map(|(_, a)| a)
    }
}

/// Scores an assessment: catalogue, triage and answers in, scorecard out.
pub fn score(catalog: &Catalog, triage: &Triage, answers: &Answers) -> Scorecard {
    let index: HashMap<&str, usize> = catalog
        .clauses
        .iter()
        .enumerate()
        .map(|(i, c)| (c.number.as_str(), i))
        .collect();
    let mut clauses = vec![Aggregate::default(); catalog.clauses.len()];
    let mut processes = vec![(Aggregate::default(), false); Process::ALL.len()];
    let mut overall = Aggregate::default();
    let mut items = Vec::with_capacity(catalog.items.len());
    for item in catalog.active_items() {
        let na_by_triage = triage_excludes(item, triage).is_some();
        let verdict = effective_verdict(item, triage, answers.get(&item.id));
        overall.add(item.weight, verdict);
        // Annex B self-checks always count as compliance management (decisions.md).
        let process = if item.chapter() == "B" {
            Process::Compliance
        } else {
            item.process
        };
        let slot = Process::ALL.iter().position(|p| *p == process).unwrap_or(0);
        processes[slot].0.add(item.weight, verdict);
        processes[slot].1 = true;
        // The item's clause and every parent clause ("8.2.1" → "8.2" → "8").
        let number = item.clause.as_str();
        let ends = number
            .match_indices('.')
            .map(|(i, _)| i)
            .chain(std::iter::once(number.len()));
        for end in ends {
            if let Some(&i) = index.get(&number[..end]) {
                clauses[i].add(item.weight, verdict);
            }
        }
        items.push(ItemScore {
            item_id: item.id.clone(),
            clause: item.clause.clone(),
            chapter: item.chapter().to_string(),
            process,
            weight: item.weight,
            prerequisite: item.prerequisite,
            verdict,
            na_by_triage,
            score: verdict.score(),
        });
    }
    overall.finish();
    let clauses: Vec<ClauseScore> = catalog
        .clauses
        .iter()
        .zip(clauses)
        .map(|(c, mut aggregate)| {
            aggregate.finish();
            ClauseScore {
                number: c.number.clone(),
                aggregate,
            }
        })
        .collect();
    let chapters = clauses
        .iter()
        .filter(|c| !c.number.contains('.'))
        .cloned()
        .collect();
    let processes = Process::ALL
        .iter()
        .zip(processes)
        .filter(|(_, (_, used))| *used)
        .map(|(p, (mut a, _))| {
            a.finish();
            (*p, a)
        })
        .collect();
    Scorecard {
        items,
        clauses,
        chapters,
        processes,
        overall,
    }
}

/// The scoring formula in words, for the dashboard and the report.
pub fn formula() -> Message {
    let points = |v: Verdict| v.score().unwrap_or(0.0);
    Message::new("score-formula")
        .arg("conform", points(Verdict::Conform))
        .arg("observation", points(Verdict::Observation))
        .arg("minor", points(Verdict::Minor))
        .arg("major", points(Verdict::Major))
}
