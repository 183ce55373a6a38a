//! The web binary that Trunk builds: mounts the editor into `#helhedsplan`.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    helhedsplan::platform::mount::mount_from_document();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("helhedsplan-web runs in the browser; build it with `trunk build`. Use `plan-tool` on the command line.");
    std::process::exit(2);
}
