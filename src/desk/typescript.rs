//! The UI's TypeScript types, generated from the command table (`api.rs`) with ts-rs: every
//! argument and answer type a command names, each declared once, and `Commands`, the map from a
//! command's name to its arguments and answer that types the UI's one `Backend.call`. The file
//! is committed as `ui/src/api.gen.ts`; `tests/api_types.rs` fails when it is stale.

use super::api::{self, Access};
use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};
use ts_rs::{Config, TypeVisitor, TS};

/// Walks the command table's types (`api::visit`).
pub(super) trait Visitor {
    fn command<A: TS + 'static, O: TS + 'static>(&mut self, name: &str, access: Access);
}

struct Gen {
    cfg: Config,
    seen: HashSet<TypeId>,
    /// Declarations by type name, so the file's order does not depend on the table's.
    decls: BTreeMap<String, String>,
    commands: Vec<String>,
}

impl TypeVisitor for Gen {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            let decl = format!("export {}", T::decl(&self.cfg));
            // Two Rust types of one name would be one TypeScript type: refuse, do not overwrite.
            if let Some(other) = self.decls.insert(T::ident(&self.cfg), decl.clone()) {
                assert_eq!(other, decl, "two types are named {} in TypeScript", T::ident(&self.cfg));
            }
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

impl Visitor for Gen {
    fn command<A: TS + 'static, O: TS + 'static>(&mut self, name: &str, access: Access) {
        self.visit::<A>();
        self.visit::<O>();
        let access = match access {
            Access::Read => "read",
            Access::Write => "write",
            Access::Approve => "approve",
        };
        self.commands.push(format!("  {name}: {{ args: {}; answer: {}; access: '{access}' }};", A::name(&self.cfg), O::name(&self.cfg)));
    }
}

/// The text of `ui/src/api.gen.ts`.
pub fn typescript() -> String {
    // Ids and counts are i64 in Rust and well inside a JavaScript number.
    let mut g = Gen { cfg: Config::new().with_large_int("number"), seen: HashSet::new(), decls: BTreeMap::new(), commands: Vec::new() };
    api::visit(&mut g);
    // What every call carries, and what every refusal answers.
    g.visit::<super::Call>();
    g.visit::<crate::app::UiError>();
    let mut out = String::from(
        "// Generated from the command table (src/desk/api.rs) by `cargo test --test api_types`;\n\
         // do not edit: change the Rust types and run that test with SAMUH_UPDATE_API=1.\n\n",
    );
    for decl in g.decls.values() {
        out.push_str(decl.trim_end());
        out.push_str("\n\n");
    }
    out.push_str("/** Every command: its arguments (besides `locale` and `approver`, see `Call`), its answer and whether it writes. */\nexport interface Commands {\n");
    for c in &g.commands {
        out.push_str(c);
        out.push('\n');
    }
    out.push_str("}\n\nexport type CommandName = keyof Commands;\n");
    out
}
