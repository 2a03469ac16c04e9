//! The home screen's chart: savings and loans outstanding at each month end, computed from the
//! ledger (SQL sums of postings, the same figures the registers show) and sent already placed in
//! the chart's coordinate box, with axis labels written for the reader. The UI only draws.
//!
//! Every coordinate is an integer number of tenths of a pixel (the SVG viewBox is in tenths),
//! computed in `Decimal` and rounded once, explicitly: no float anywhere on the way.

use crate::app::input::Ctx;
use crate::app::org_of;
use crate::domain::ledger::code;
use crate::domain::money::Money;
use crate::error::Result;
use crate::i18n::{Locale, Localizer};
use crate::store::Store;
use chrono::{Datelike, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// The chart's coordinate box (SVG viewBox), plot area inside the margins, in tenths of a
/// pixel: 640 × 260 pixels, margins 90, 10, 10 and 40 pixels.
pub const CHART_WIDTH: i64 = 6400;
pub const CHART_HEIGHT: i64 = 2600;
const LEFT: i64 = 900;
const RIGHT: i64 = 100;
const TOP: i64 = 100;
const BOTTOM: i64 = 400;

/// One month end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ChartPoint {
    /// The month end (ISO) and the month as the reader writes it.
    pub date: String,
    pub label: String,
    /// Balances as plain decimals (for tests and titles) and as displayed.
    pub savings: String,
    pub loans: String,
    pub savings_display: String,
    pub loans_display: String,
    /// Coordinates in the box, in tenths of a pixel: x, and y of each series (y grows
    /// downwards).
    pub x: i64,
    pub y_savings: i64,
    pub y_loans: i64,
}

/// A label on an axis at a coordinate (tenths of a pixel).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct AxisLabel {
    pub at: i64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Chart {
    /// The box (viewBox) in tenths of a pixel.
    pub width: i64,
    pub height: i64,
    /// The plot area: left, top, right, bottom (tenths of a pixel).
    pub plot: [i64; 4],
    pub points: Vec<ChartPoint>,
    pub x_labels: Vec<AxisLabel>,
    pub y_labels: Vec<AxisLabel>,
}

fn month_end(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MIN)
}

/// A round top for the y axis: the smallest of 1, 2, 2.5, 5 × 10^k at or above `max`.
fn nice_top(max: Money) -> Money {
    let m = max.decimal();
    if m <= Decimal::ZERO {
        return Money::units(100);
    }
    let mut p = Decimal::ONE;
    while p * Decimal::TEN <= m {
        p *= Decimal::TEN;
    }
    for f in [Decimal::ONE, Decimal::TWO, Decimal::new(25, 1), Decimal::new(5, 0), Decimal::TEN] {
        if p * f >= m {
            return Money::from_decimal(p * f).unwrap_or(max);
        }
    }
    Money::from_decimal(p * Decimal::TEN).unwrap_or(max)
}

/// A coordinate in whole tenths of a pixel, rounded half to even (as `round_dp` does); the
/// value is inside the box, so it always fits.
fn coord(d: Decimal) -> i64 {
    d.round_dp_with_strategy(0, RoundingStrategy::MidpointNearestEven).to_i64().unwrap_or(0)
}

/// Savings and loans outstanding at each month end from the organisation's first voucher to
/// today's month (the last point is today), placed in the chart box.
pub fn savings_loans_chart(store: &Store, ctx: &Ctx, org: &str, locale: Locale) -> Result<Chart> {
    let l = Localizer::new(locale);
    let b = store.read();
    let org = org_of(&b, org.trim())?;
    let first = b.vouchers(org.id, None, None)?.iter().map(|v| v.date).min();
    let mut ends = Vec::new();
    if let Some(first) = first {
        let (mut y, mut m) = (first.year(), first.month());
        loop {
            let end = month_end(y, m).min(ctx.today);
            ends.push(end);
            if end >= ctx.today {
                break;
            }
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
    }
    let mut values = Vec::new();
    for d in &ends {
        let savings = -b.account_balance(org.id, code::MEMBER_SAVINGS, None, None, Some(*d))?;
        let loans = b.account_balance(org.id, code::LOANS_TO_MEMBERS, None, None, Some(*d))?;
        values.push((*d, savings, loans));
    }
    let top = nice_top(values.iter().map(|v| v.1.max(v.2)).max().unwrap_or(Money::ZERO));
    let (x0, x1, y0, y1) = (Decimal::from(LEFT), Decimal::from(CHART_WIDTH - RIGHT), Decimal::from(TOP), Decimal::from(CHART_HEIGHT - BOTTOM));
    let y_of = |v: Money| y1 - (v.decimal().max(Decimal::ZERO) / top.decimal()) * (y1 - y0);
    let steps = Decimal::from(values.len().saturating_sub(1).max(1) as i64);
    let x_of = |i: usize| if values.len() <= 1 { (x0 + x1) / Decimal::TWO } else { x0 + (x1 - x0) * Decimal::from(i as i64) / steps };
    let points: Vec<ChartPoint> = values
        .iter()
        .enumerate()
        .map(|(i, (d, s, lo))| ChartPoint {
            date: d.format("%Y-%m-%d").to_string(),
            label: l.year_month(*d),
            savings: s.to_plain(),
            loans: lo.to_plain(),
            savings_display: l.amount(*s),
            loans_display: l.amount(*lo),
            x: coord(x_of(i)),
            y_savings: coord(y_of(*s)),
            y_loans: coord(y_of(*lo)),
        })
        .collect();
    // At most six month labels, evenly spaced, the last month always labelled.
    let every = points.len().div_ceil(6).max(1);
    let x_labels = points
        .iter()
        .enumerate()
        .filter(|(i, _)| (points.len() - 1 - i) % every == 0)
        .map(|(_, p)| AxisLabel { at: p.x, text: p.label.clone() })
        .collect();
    let y_labels = (0..=4)
        .map(|k| {
            let v = Money::from_decimal((top.decimal() * Decimal::from(k) / Decimal::from(4)).round_dp(2)).unwrap_or(Money::ZERO);
            AxisLabel { at: coord(y_of(v)), text: l.amount(v) }
        })
        .collect();
    Ok(Chart { width: CHART_WIDTH, height: CHART_HEIGHT, plot: [LEFT, TOP, CHART_WIDTH - RIGHT, CHART_HEIGHT - BOTTOM], points, x_labels, y_labels })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::demo_book;
    use crate::app::{report, ReportParams};
    use crate::i18n::Lang;
    use crate::reports::Cell;

    #[test]
    fn month_end_points_equal_the_registers_balances() {
        let (s, ctx) = demo_book(Lang::Hi);
        let c = savings_loans_chart(&s, &ctx, "shg-kishanganj", Locale::new(Lang::Hi)).unwrap();
        assert!(c.points.len() >= 6, "a year or more of months: {}", c.points.len());
        assert_eq!(c.points.last().unwrap().date, "2026-11-20");
        let total = |name: &str, col: &str, to: &str| -> Money {
            let r = report(&s, &ctx, &ReportParams { org: "shg-kishanganj".into(), name: name.into(), member: None, from: Some(to.into()), to: Some(to.into()), sort: None }).unwrap();
            let sec = &r.sections[0];
            match &sec.totals.as_ref().expect("totals")[sec.col(col)] {
                Cell::Money(m) => *m,
                other => panic!("{other:?}"),
            }
        };
        let mut nonzero = 0;
        for p in c.points.iter().step_by(3).chain(c.points.last()) {
            let savings = total("savings-register", "col-closing-balance", &p.date);
            assert_eq!(p.savings, savings.to_plain(), "savings at {}", p.date);
            if savings.is_positive() {
                nonzero += 1;
            }
            assert!(p.x >= super::LEFT && p.x <= CHART_WIDTH - RIGHT);
            assert!(p.y_savings >= TOP && p.y_savings <= CHART_HEIGHT - BOTTOM);
        }
        assert!(nonzero > 0);
        // Higher balances sit higher in the box (smaller y).
        let last = c.points.last().unwrap();
        let first = &c.points[0];
        assert!(last.y_savings < first.y_savings, "savings grew: {first:?} → {last:?}");
        // Axis labels are the locale's: Hindi months, amounts with Indian grouping.
        assert_eq!(c.y_labels.len(), 5);
        assert!(c.x_labels.iter().any(|x| x.text == last.label));
        assert!(last.label.chars().any(|ch| ('\u{0900}'..='\u{097F}').contains(&ch)), "{}", last.label);
    }

    #[test]
    fn loans_outstanding_equal_the_loan_register() {
        let (s, ctx) = demo_book(Lang::En);
        let c = savings_loans_chart(&s, &ctx, "shg-kishanganj", Locale::new(Lang::En)).unwrap();
        let b = s.read();
        let org = b.org_by_code("shg-kishanganj").unwrap().unwrap();
        for p in &c.points {
            let d = NaiveDate::parse_from_str(&p.date, "%Y-%m-%d").unwrap();
            // The loan register's outstanding column is the loan states' outstanding, summed.
            let fine = Money::ZERO;
            let mut outstanding = Money::ZERO;
            for loan in b.loans(org.id).unwrap().iter().filter(|l| l.terms.start <= d) {
                outstanding += crate::app::loans::loan_state(&b, loan, d, fine).unwrap().outstanding;
            }
            assert_eq!(p.loans, outstanding.to_plain(), "loans at {}", p.date);
        }
    }
}
