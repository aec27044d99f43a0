//! `classify --industry CODE [--employees N] [--revenue WAN] [--assets WAN] [--json]`: the SME
//! size class per 工信部联企业〔2011〕300号, with the reason in both languages.

use super::{Context, Failure};
use crate::error::Localize;
use crate::i18n::{render, render_both, tr};
use crate::model::profile::Industry;
use crate::model::sizeclass::{self, Indicator, Size};
use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct ClassifyArgs {
    /// Industry code: agriculture, industry, construction, wholesale, retail, transport,
    /// warehousing, postal, accommodation, catering, information-transmission, software-it,
    /// real-estate, property-management, leasing-business, other.
    #[arg(long, value_name = "CODE")]
    pub industry: String,
    /// Employees (从业人员).
    #[arg(long, value_name = "N")]
    pub employees: Option<u64>,
    /// Revenue (营业收入) in 万元.
    #[arg(long, value_name = "WAN", allow_negative_numbers = true)]
    pub revenue: Option<f64>,
    /// Total assets (资产总额) in 万元.
    #[arg(long, value_name = "WAN", allow_negative_numbers = true)]
    pub assets: Option<f64>,
    /// Print `{"class": …, "reason": {"zh-CN": …, "en-US": …}, "missing": […]}`.
    #[arg(long)]
    pub json: bool,
}

struct UnknownIndustry(String);

impl Localize for UnknownIndustry {
    fn message_id(&self) -> &'static str {
        "err-classify-industry"
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        let codes: Vec<&str> = Industry::ALL.iter().map(|i| i.key()).collect();
        vec![("code", self.0.clone()), ("codes", codes.join(", "))]
    }
}

struct BadAmount(&'static str, f64);

impl Localize for BadAmount {
    fn message_id(&self) -> &'static str {
        "err-classify-amount"
    }
    fn message_args(&self) -> Vec<(&'static str, String)> {
        vec![
            ("option", self.0.to_string()),
            ("value", self.1.to_string()),
        ]
    }
}

#[derive(Serialize)]
struct Json<'a> {
    class: Size,
    reason: crate::locale::Localized,
    missing: &'a [Indicator],
}

pub fn run(ctx: &Context, args: &ClassifyArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let industry = Industry::from_key(args.industry.trim())
        .ok_or_else(|| Failure::invalid(l, &UnknownIndustry(args.industry.clone())))?;
    for (option, value) in [("--revenue", args.revenue), ("--assets", args.assets)] {
        if let Some(v) = value.filter(|v| !v.is_finite() || *v < 0.0) {
            return Err(Failure::invalid(l, &BadAmount(option, v)));
        }
    }
    let result = sizeclass::classify(industry, args.employees, args.revenue, args.assets);
    if args.json {
        let json = Json {
            class: result.class,
            reason: render_both(&result.reason),
            missing: &result.missing,
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&json).unwrap_or_default()
        );
    } else {
        println!("{}", tr(l, &format!("size-{}", result.class.key())));
        println!("{}", render(l, &result.reason));
        if let Ok(table) = sizeclass::builtin_table() {
            println!("{}", table.source.get(l));
        }
    }
    Ok(())
}
