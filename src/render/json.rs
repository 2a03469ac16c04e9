//! JSON: the report model as data, amounts as plain decimal strings ("1234.50"), dates ISO,
//! messages as their id with plain arguments (the UI localizes them).

use crate::error::Arg;
use crate::reports::{Cell, Msg, Report, ReportPeriod};
use serde_json::{json, Map, Value};

fn msg(m: &Msg) -> Value {
    let args: Map<String, Value> = m
        .args
        .iter()
        .map(|(k, a)| {
            let v = match a {
                Arg::Count(n) => json!(n),
                other => json!(other.plain()),
            };
            (k.to_string(), v)
        })
        .collect();
    json!({ "id": m.id, "args": args })
}

fn cell(c: &Cell) -> Value {
    match c {
        Cell::Empty => Value::Null,
        Cell::Text(s) | Cell::Code(s) => json!(s),
        Cell::Msg(m) => json!({ "msg": msg(m) }),
        Cell::Money(m) => json!(m.to_plain()),
        Cell::Date(d) => json!(d.format("%Y-%m-%d").to_string()),
        Cell::Count(n) => json!(n),
        Cell::Percent(p) => json!(p.round_dp(2).normalize().to_string()),
    }
}

pub fn render_json(r: &Report) -> Value {
    let period = match r.period {
        ReportPeriod::Range { from, to } => json!({ "from": from.format("%Y-%m-%d").to_string(), "to": to.format("%Y-%m-%d").to_string() }),
        ReportPeriod::AsOf(d) => json!({ "as_of": d.format("%Y-%m-%d").to_string() }),
    };
    let sections: Vec<Value> = r
        .sections
        .iter()
        .map(|s| {
            json!({
                "title": s.title.as_ref().map(msg),
                "columns": s.columns.iter().map(|c| json!({ "id": c.id, "kind": c.kind.code() })).collect::<Vec<_>>(),
                "rows": s.rows.iter().map(|row| row.iter().map(cell).collect::<Vec<_>>()).collect::<Vec<_>>(),
                "totals": s.totals.as_ref().map(|t| t.iter().map(cell).collect::<Vec<_>>()),
                "notes": s.notes.iter().map(msg).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "id": r.id,
        "title": msg(&r.title),
        "org": { "code": r.org.code, "name": r.org.name, "currency": r.org.currency.code() },
        "period": period,
        "sections": sections,
    })
}
