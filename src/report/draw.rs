//! Drawing commands and page geometry: what a laid-out page is made of. Positions are in
//! millimetres from the page's top-left corner; `pdf.rs` turns them into PDF operators.

use super::font::{Font, MM_PER_PT};

/// An RGB colour with components 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb {
    pub r: f32,
    pub g: f32,
    pub b: f32,
}

impl Rgb {
    /// A colour from `0xRRGGBB`.
    pub const fn hex(v: u32) -> Rgb {
        Rgb {
            r: ((v >> 16) & 0xFF) as f32 / 255.0,
            g: ((v >> 8) & 0xFF) as f32 / 255.0,
            b: (v & 0xFF) as f32 / 255.0,
        }
    }
}

/// The house colours: navy for structure, a muted teal accent, traffic lights for verdicts.
pub mod palette {
    use super::Rgb;
    pub const INK: Rgb = Rgb::hex(0x1E_2329);
    pub const MUTED: Rgb = Rgb::hex(0x5F_6B78);
    pub const PRIMARY: Rgb = Rgb::hex(0x1F_3A5F);
    pub const ACCENT: Rgb = Rgb::hex(0x2A_7F8E);
    pub const RULE: Rgb = Rgb::hex(0xC5_CDD6);
    pub const HEADER_FILL: Rgb = Rgb::hex(0xE4_EBF3);
    pub const BAND_FILL: Rgb = Rgb::hex(0xF0_F4F8);
    pub const ZEBRA: Rgb = Rgb::hex(0xF8_FAFC);
    pub const WHITE: Rgb = Rgb::hex(0xFF_FFFF);
    pub const GOOD: Rgb = Rgb::hex(0x2E_8B57);
    pub const FAIR: Rgb = Rgb::hex(0xD9_A21B);
    pub const WEAK: Rgb = Rgb::hex(0xE0_7B28);
    pub const BAD: Rgb = Rgb::hex(0xC0_392B);
}

/// How a line is stroked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub color: Rgb,
    /// Line width in points.
    pub width: f32,
    pub dashed: bool,
}

impl Stroke {
    pub const fn solid(color: Rgb, width: f32) -> Stroke {
        Stroke {
            color,
            width,
            dashed: false,
        }
    }
    pub const fn dashed(color: Rgb, width: f32) -> Stroke {
        Stroke {
            color,
            width,
            dashed: true,
        }
    }
}

/// One drawing command; coordinates in mm from the page's top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Draw {
    /// A single line of text starting at `x` on `baseline`.
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        color: Rgb,
        bold: bool,
        text: String,
    },
    /// A rectangle with its top-left corner at (`x`, `y`).
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        stroke: Stroke,
    },
    /// Image number `image` of the list handed to the renderer, scaled into the box.
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        image: usize,
    },
    /// A closed polygon.
    Shape {
        points: Vec<(f32, f32)>,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    },
}

impl Draw {
    /// The same command moved down by `dy` mm.
    #[must_use]
    pub fn shifted(self, dy: f32) -> Draw {
        match self {
            Draw::Text {
                x,
                baseline,
                size,
                color,
                bold,
                text,
            } => Draw::Text {
                x,
                baseline: baseline + dy,
                size,
                color,
                bold,
                text,
            },
            Draw::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => Draw::Rect {
                x,
                y: y + dy,
                w,
                h,
                fill,
                stroke,
            },
            Draw::Line { from, to, stroke } => Draw::Line {
                from: (from.0, from.1 + dy),
                to: (to.0, to.1 + dy),
                stroke,
            },
            Draw::Image { x, y, w, h, image } => Draw::Image {
                x,
                y: y + dy,
                w,
                h,
                image,
            },
            Draw::Shape {
                points,
                fill,
                stroke,
            } => Draw::Shape {
                points: points.into_iter().map(|(x, y)| (x, y + dy)).collect(),
                fill,
                stroke,
            },
        }
    }
}

/// An image as 8-bit RGB pixels (`width × height × 3` bytes), e.g. a logo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RgbImage {
    pub width: u32,
    pub height: u32,
    pub rgb: Vec<u8>,
}

impl RgbImage {
    /// Whether the pixel buffer matches the size.
    pub fn is_valid(&self) -> bool {
        self.width > 0
            && self.height > 0
            && self.rgb.len() == self.width as usize * self.height as usize * 3
    }
}

/// One page of drawing commands. `chrome` says whether it gets the running header and footer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub draws: Vec<Draw>,
    pub chrome: bool,
}

/// An outline entry: a heading and the page (0-based) it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    pub title: String,
    pub page: usize,
    /// 1 for sections, 2 for subsections.
    pub level: u8,
}

/// Page size and margins in mm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Geometry {
    /// A4 portrait with margins that leave room for the running header and footer.
    pub const A4: Geometry = Geometry {
        width: 210.0,
        height: 297.0,
        left: 20.0,
        right: 20.0,
        top: 24.0,
        bottom: 22.0,
    };

    pub fn content_width(&self) -> f32 {
        self.width - self.left - self.right
    }

    /// The lowest y a block may reach.
    pub fn body_bottom(&self) -> f32 {
        self.height - self.bottom
    }
}

/// Problems with the pages: text outside the body or over the paper edge, text lines that
/// overlap. Empty when the layout is clean. Used by tests and debug checks.
pub fn check_pages(font: &Font, geo: &Geometry, pages: &[Page]) -> Vec<String> {
    let mut problems = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        let mut boxes: Vec<(f32, f32, f32, f32, &str)> = Vec::new();
        for d in &page.draws {
            if let Draw::Text {
                x,
                baseline,
                size,
                text,
                ..
            } = d
            {
                let em = size * MM_PER_PT;
                let (x0, x1) = (*x, x + font.width(text, *size));
                let (y0, y1) = (baseline - 0.88 * em, baseline + 0.12 * em);
                if x0 < geo.left - 0.05
                    || x1 > geo.width - geo.right + 0.05
                    || y0 < 5.0
                    || y1 > geo.height - 5.0
                {
                    problems.push(format!(
                        "page {}: {text:?} outside the body ({x0:.1}..{x1:.1}, {y0:.1}..{y1:.1})",
                        n + 1
                    ));
                }
                boxes.push((x0, x1, y0, y1, text));
            }
        }
        boxes.sort_by(|a, b| a.2.total_cmp(&b.2));
        for (i, a) in boxes.iter().enumerate() {
            for b in boxes[i + 1..].iter().take_while(|b| b.2 < a.3) {
                let overlap_x = a.0.max(b.0) < a.1.min(b.1) - 0.05;
                let overlap_y = a.2.max(b.2) < a.3.min(b.3) - 0.05;
                if overlap_x && overlap_y {
                    problems.push(format!("page {}: {:?} overlaps {:?}", n + 1, a.4, b.4));
                }
            }
        }
    }
    problems
}
