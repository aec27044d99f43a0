#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The profile screen's size-class line reads as its verdict: green only when the class is
//! decided, never for "无法判定企业规模".

use ipms_readiness::model::profile::{Industry, Profile};
use ipms_readiness::model::sizeclass::classify;
use ipms_readiness::ui::style::size_class_color;

#[test]
fn an_undetermined_size_class_is_not_shown_in_success_green() {
    let decided = classify(Industry::Industry, Some(150), Some(5000.0), None);
    let green = size_class_color(&decided);
    assert!(
        green.g > green.r && green.g > green.b,
        "a decided class is green"
    );
    let no_industry = Profile::default().size_class();
    let no_revenue = classify(Industry::Industry, Some(150), None, None);
    for undetermined in [no_industry, no_revenue] {
        let c = size_class_color(&undetermined);
        assert_ne!(c, green, "{undetermined:?}");
        assert!(
            c.g <= c.r.max(c.b) + 0.05,
            "undetermined shown in a green tone {c:?}: {undetermined:?}"
        );
    }
}
