//! The message files of the six languages stay in step with each other
//! and with the code: every message in every language with the same
//! arguments, every id the code names defined, no message left unused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use resolution_ls::domain::Language;
use resolution_ls::i18n::{render, Arg, SOURCES};

type Variables = BTreeSet<String>;

fn messages(language: Language, source: &str) -> BTreeMap<String, Variables> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{language}.ftl does not parse: {errors:#?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = Variables::new();
                if let Some(p) = &m.value {
                    pattern_variables(p, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_string(), vars).is_none(),
                    "{language}.ftl defines `{}` twice",
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("{language}.ftl: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut Variables) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut Variables) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut Variables) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn english() -> BTreeMap<String, Variables> {
    messages(Language::English, SOURCES[0].1)
}

#[test]
fn every_message_exists_in_every_language_with_the_same_arguments() {
    let en = english();
    let mut problems = Vec::new();
    for (language, source) in SOURCES.iter().skip(1) {
        let other = messages(*language, source);
        for (id, vars) in &en {
            match other.get(id) {
                None => problems.push(format!("{language}.ftl: `{id}` is missing")),
                Some(v) if v != vars => problems.push(format!(
                    "{language}.ftl: `{id}` uses {v:?}, English uses {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{language}.ftl: `{id}` is not in en.ftl"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The ids written in the code (`msg!("id"`, `tr!(language, "id"`,
/// `.id() == "id"`), read from the source files.
fn ids_in_code() -> BTreeMap<String, String> {
    let re = regex::Regex::new(
        r#"(?:msg!\(\s*|tr!\(\s*[^,()]+(?:\([^()]*\))?,\s*|\.id\(\)\s*[!=]=\s*)"([a-z0-9-]+)""#,
    )
    .unwrap();
    let mut out = BTreeMap::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path).unwrap();
                for c in re.captures_iter(&code) {
                    out.insert(c[1].to_string(), path.display().to_string());
                }
            }
        }
    }
    out
}

#[test]
fn every_id_the_code_names_is_defined_and_every_message_is_used() {
    let en = english();
    let used = ids_in_code();
    let undefined: Vec<String> = used
        .iter()
        .filter(|(id, _)| !en.contains_key(*id))
        .map(|(id, file)| format!("{file}: `{id}` is not in en.ftl"))
        .collect();
    assert!(undefined.is_empty(), "{}", undefined.join("\n"));
    let unused: Vec<&String> = en.keys().filter(|id| !used.contains_key(*id)).collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

/// Every message renders in every language with its arguments, and the
/// arguments appear in the text (a translation may not drop what the
/// drafter needs to find the problem).
#[test]
fn every_message_renders_in_every_language() {
    for (id, vars) in english() {
        let id: &'static str = Box::leak(id.into_boxed_str());
        let args: Vec<(&'static str, Arg)> = vars
            .iter()
            .map(|v| {
                let name: &'static str = Box::leak(v.clone().into_boxed_str());
                // Selectors get a value that picks a variant; counts a number.
                let arg = match name {
                    "count" | "files" | "errors" | "warnings" | "infos" | "fixes" | "index"
                    | "line" | "column" => Arg::Number(3),
                    _ => Arg::Text(format!("«{name}»")),
                };
                (name, arg)
            })
            .collect();
        for language in Language::ALL {
            let text = render(language, id, &args);
            assert!(!text.trim().is_empty(), "{language} `{id}` is empty");
            for (name, arg) in &args {
                if let Arg::Text(t) = arg {
                    // Selector-only arguments (kind, part, which, language) pick a variant.
                    let selector_only = matches!(*name, "kind" | "part" | "which" | "language");
                    assert!(
                        selector_only || text.contains(t.as_str()),
                        "{language} `{id}` drops ${name}: {text}"
                    );
                }
            }
        }
    }
}
