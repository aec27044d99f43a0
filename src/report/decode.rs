//! Reading a logo: PNG (the `png` crate) or JPEG (`zune-jpeg`) to 8-bit RGB pixels, with
//! transparency laid over white. Sizes are checked from the header before any pixel is
//! decoded, so a huge image costs nothing.

use super::draw::RgbImage;

/// Why an image could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decode {
    /// Not a readable PNG or JPEG.
    Broken,
    /// Its size in pixels, over the limit.
    TooLarge(u32, u32),
}

/// Colour and alpha channels to RGB over white.
fn to_rgb(pixels: &[u8], channels: usize, alpha: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(pixels.len() / channels.max(1) * 3);
    for px in pixels.chunks_exact(channels.max(1)) {
        let (colour, a) = if alpha {
            (&px[..channels - 1], f32::from(px[channels - 1]) / 255.0)
        } else {
            (px, 1.0)
        };
        let over = |v: u8| (f32::from(v) * a + 255.0 * (1.0 - a)).round() as u8;
        match colour.len() {
            1 => out.extend([over(colour[0]); 3]),
            _ => out.extend([over(colour[0]), over(colour[1]), over(colour[2])]),
        }
    }
    out
}

/// A PNG of at most `max_side` pixels on a side.
pub fn decode_png(bytes: &[u8], max_side: u32) -> Result<RgbImage, Decode> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|_| Decode::Broken)?;
    let (w, h) = (reader.info().width, reader.info().height);
    if w > max_side || h > max_side {
        return Err(Decode::TooLarge(w, h));
    }
    let mut buf = vec![0; reader.output_buffer_size().ok_or(Decode::Broken)?];
    let frame = reader.next_frame(&mut buf).map_err(|_| Decode::Broken)?;
    let pixels = &buf[..frame.buffer_size()];
    let (channels, alpha) = match frame.color_type {
        png::ColorType::Grayscale => (1, false),
        png::ColorType::GrayscaleAlpha => (2, true),
        png::ColorType::Rgb => (3, false),
        png::ColorType::Rgba => (4, true),
        png::ColorType::Indexed => return Err(Decode::Broken),
    };
    Ok(RgbImage {
        width: frame.width,
        height: frame.height,
        rgb: to_rgb(pixels, channels, alpha),
    })
}

/// A JPEG of at most `max_side` pixels on a side.
pub fn decode_jpeg(bytes: &[u8], max_side: u32) -> Result<RgbImage, Decode> {
    use zune_jpeg::zune_core::colorspace::ColorSpace;
    use zune_jpeg::zune_core::options::DecoderOptions;
    let options = DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::RGB);
    let mut decoder =
        zune_jpeg::JpegDecoder::new_with_options(std::io::Cursor::new(bytes), options);
    decoder.decode_headers().map_err(|_| Decode::Broken)?;
    let info = decoder.info().ok_or(Decode::Broken)?;
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    if w > max_side || h > max_side {
        return Err(Decode::TooLarge(w, h));
    }
    let pixels = decoder.decode().map_err(|_| Decode::Broken)?;
    if pixels.len() != w as usize * h as usize * 3 {
        return Err(Decode::Broken);
    }
    Ok(RgbImage {
        width: w,
        height: h,
        rgb: pixels,
    })
}
