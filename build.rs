//! Windows targets only: puts the icon (assets/windows/ipms-readiness.ico) and version
//! information into the exe. Cross builds on Linux use MinGW's `x86_64-w64-mingw32-windres`.
//! Every other target builds without doing anything here.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/windows/ipms-readiness.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/windows/ipms-readiness.ico")
        .set("ProductName", "IPMS Readiness 知识产权合规管理体系贯标自诊")
        .set(
            "FileDescription",
            "IPMS Readiness · GB/T 29490 readiness diagnosis",
        )
        .set("OriginalFilename", "ipms-readiness.exe")
        .set("InternalName", "ipms-readiness")
        .set("LegalCopyright", "MIT OR Apache-2.0")
        // Simplified Chinese (PRC): the app's first language.
        .set_language(0x0804);
    if let Err(e) = res.compile() {
        println!("cargo:warning=Windows resources (icon, version) failed: {e}");
        std::process::exit(1);
    }
}
