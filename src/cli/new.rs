//! `new --org NAME …` and `new --from ID [--catalog ID]`.

use super::session::{fail, open};
use super::{Context, Failure};
use crate::i18n::{Arg, tr_args};
use crate::model::profile::Industry;
use crate::store::{NewAssessment, StoreError};
use clap::Args;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("start").required(true).args(["org", "from"])))]
pub struct NewArgs {
    /// The client's name; an existing client with this name (or code) is reused.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// A follow-up of this earlier assessment (its profile and facts are copied).
    #[arg(long, value_name = "ID", conflicts_with_all = ["uscc", "industry", "employees", "revenue", "assets"])]
    pub from: Option<i64>,
    /// Catalogue id (default gbt29490-2023). From a 2013 assessment to 2023, verdicts are
    /// suggested through the crosswalk.
    #[arg(long, value_name = "ID")]
    pub catalog: Option<String>,
    /// Unified social credit code.
    #[arg(long, value_name = "CODE")]
    pub uscc: Option<String>,
    /// Industry code (see `classify --help`).
    #[arg(long, value_name = "CODE")]
    pub industry: Option<String>,
    /// Employees (persons).
    #[arg(long, value_name = "N")]
    pub employees: Option<i64>,
    /// Revenue in 万元.
    #[arg(long, value_name = "WAN")]
    pub revenue: Option<f64>,
    /// Total assets in 万元.
    #[arg(long, value_name = "WAN")]
    pub assets: Option<f64>,
    /// Title of the assessment (default: the client's name and today's date).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Who assesses.
    #[arg(long, value_name = "NAME", default_value = "")]
    pub assessor: String,
    /// The assessor's organization (consultancy).
    #[arg(long, value_name = "NAME", default_value = "")]
    pub assessor_org: String,
}

fn default_title(ctx: &Context, org: &str) -> String {
    let title = |org: &str| {
        tr_args(
            ctx.locale,
            "store-default-title",
            &[
                ("org", Arg::from(org)),
                (
                    "date",
                    Arg::from(chrono::Local::now().date_naive().to_string()),
                ),
            ],
        )
    };
    // A long client name is shortened in the title, so the title stays within its limit.
    let max = crate::store::MAX_NAME;
    let full = title(org);
    if full.chars().count() <= max {
        return full;
    }
    let room = max.saturating_sub(title("").chars().count() + 1);
    let short: String = org.chars().take(room).collect();
    title(&format!("{short}…"))
}

pub fn run(ctx: &Context, args: NewArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let store = open(ctx, true)?;
    let id = if let Some(from) = args.from {
        let old = store.load(from).map_err(|e| fail(l, &e))?;
        let title = args
            .title
            .unwrap_or_else(|| default_title(ctx, &old.organization.name));
        store
            .follow_up(from, args.catalog.as_deref(), &title)
            .map_err(|e| fail(l, &e))?
    } else {
        let org = args.org.unwrap_or_default();
        let mut profile = store
            .organization_profile(&org, args.uscc.as_deref())
            .map_err(|e| fail(l, &e))?
            .unwrap_or_default();
        if let Some(code) = &args.industry {
            let industry = Industry::from_key(code.trim())
                .ok_or_else(|| fail(l, &StoreError::invalid("industry", code.clone())))?;
            profile.industry = Some(industry);
        }
        profile.employees = args.employees.or(profile.employees);
        profile.revenue_wan = args.revenue.or(profile.revenue_wan);
        profile.assets_wan = args.assets.or(profile.assets_wan);
        if let Some(code) = &args.uscc {
            profile.uscc = code.trim().to_ascii_uppercase();
        }
        profile.name = org.trim().to_string();
        let new = NewAssessment {
            title: args.title.unwrap_or_else(|| default_title(ctx, org.trim())),
            organization: org,
            uscc: args.uscc,
            catalog_id: args.catalog,
            assessor: args.assessor,
            assessor_organization: args.assessor_org,
            profile: Some(profile),
        };
        store.create_assessment(&new).map_err(|e| fail(l, &e))?
    };
    super::session::print_created(&store, l, id)
}
