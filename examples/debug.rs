//! Prints sentences and entities of an article (a development aid).
fn main() {
    let path = std::env::args().nth(1).expect("path");
    let text = std::fs::read_to_string(path).unwrap();
    let s = claimrecon::segment::split(&text);
    let e = claimrecon::entities::find(&claimrecon::source::Lowered::new(&text), &s);
    for x in &s {
        println!(
            "S{} p{} {:?}: {}",
            x.index,
            x.paragraph,
            x.kind,
            x.span.slice(&text)
        );
    }
    for m in &e.mentions {
        println!(
            "E {:?} {:?} {} ({})",
            m.kind,
            m.span,
            m.name,
            m.span.slice(&text)
        );
    }
    println!(
        "investee={:?} investor={:?} aliases={:?}",
        e.investee, e.investor, e.aliases
    );
}
