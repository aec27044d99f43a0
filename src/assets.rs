//! Files compiled into the binary, so the app works from a single executable on any machine.

/// Noto Sans SC Regular (SIL OFL 1.1, licence in `assets/fonts/OFL.txt`): renders Chinese and
/// Latin text in the UI and in the PDF report on machines without CJK fonts.
pub const FONT_BYTES: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-Regular.ttf");

/// The font's family name, as the UI toolkit looks it up.
pub const FONT_FAMILY: &str = "Noto Sans SC";

/// The font licence, shown on the About page.
pub const FONT_LICENSE: &str = include_str!("../assets/fonts/OFL.txt");
