//! plan-tool: check, migrate and generate plans with the editor's own code.

fn main() {
    eprintln!("usage: plan-tool <validate|schema|migrate|sample> ...");
    std::process::exit(2);
}
