//! The demo's village organisation (issue 16, session 9): the VO of Kishanganj, which has
//! imported the bundle of the demo SHG, so that the oversight screen (status board, roll-ups)
//! has a group to show. The SHG's bundle key is made from a fixed phrase rather than from the
//! system's random numbers, so that two demo books stay byte-identical (a demo book's key is
//! public anyway: never sign a real group's bundle with it).

use crate::app::{bundle_import, bundle_write, org_add, BundleImportInput, BundleWriteInput, Ctx, OrgInput};
use crate::domain::federation::public_of;
use crate::error::Result;
use crate::i18n::Lang;
use crate::store::Store;
use chrono::{Days, NaiveDate};
use sha2::{Digest, Sha256};

pub(super) const VO: &str = "vo-kishanganj";
const GROUP: &str = "shg-kishanganj";

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Adds the VO to the book holding the demo SHG (built before it): the SHG writes its bundle
/// the day before `today`, and the VO imports it the same day, registering the group.
pub(super) fn build(store: &mut Store, today: NaiveDate) -> Result<()> {
    let Some(shg) = store.read().org_by_code(GROUP)? else { return Ok(()) };
    let day = today - Days::new(1);
    let ctx = |hh: u32| Ctx::new(day, &format!("{}T{hh:02}:00:00+05:30", super::ymd(day)), Lang::Hi);
    let formed = shg.formed_on.min(day);
    org_add(
        store,
        &ctx(9),
        &OrgInput {
            code: VO.into(),
            name: "किशनगंज ग्राम संगठन".into(),
            kind: "village-organisation".into(),
            country: "in".into(),
            lang: Some("hi".into()),
            meeting_frequency: "monthly".into(),
            formed_on: super::ymd(formed),
            place: shg.place.clone(),
            ..Default::default()
        },
    )?;
    let secret: [u8; 32] = Sha256::digest(format!("samuh demo bundle key {GROUP}").as_bytes()).into();
    store.write(|b| b.insert_bundle_key(shg.id, &hex(&public_of(&secret)), &hex(&secret), &ctx(10).now))?;
    // The file travels as it would on a pen drive: written, imported, then removed.
    let file = std::env::temp_dir().join(format!("samuh-demo-{}-{:?}.bundle", std::process::id(), std::thread::current().id()).replace(['(', ')'], ""));
    let path = file.display().to_string();
    let done = bundle_write(store, &ctx(10), &BundleWriteInput { org: GROUP.into(), out: path.clone(), since_last: false, no_names: false })
        .and_then(|_| bundle_import(store, &ctx(11), &BundleImportInput { org: VO.into(), files: vec![path], register: true }));
    let _ = std::fs::remove_file(&file);
    done.map(|_| ())
}
