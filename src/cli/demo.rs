//! `demo`: creates the demo client (partly answered, with notes and facts) and prints its id.

use super::session::{fail, open};
use super::{Context, Failure};
use clap::Args;

#[derive(Debug, Args)]
pub struct DemoArgs {}

pub fn run(ctx: &Context, _args: &DemoArgs) -> Result<(), Failure> {
    let l = ctx.locale;
    let store = open(ctx, true)?;
    let id = crate::demo::create(&store).map_err(|e| fail(l, &e))?;
    super::session::print_created(&store, l, id)
}
