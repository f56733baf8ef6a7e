//! Unit tests of `wages/import/oews/cells.rs`.

use super::*;

#[test]
fn bls_area_codes_become_seven_digits() {
    let bls = Layout::Bls;
    assert_eq!(
        area_code(&bls, AreaKind::National, "99").unwrap(),
        "0000000"
    );
    assert_eq!(area_code(&bls, AreaKind::State, "1").unwrap(), "0100000");
    assert_eq!(area_code(&bls, AreaKind::State, "17").unwrap(), "1700000");
    assert_eq!(
        area_code(&bls, AreaKind::Metro, "10180").unwrap(),
        "0010180"
    );
    assert_eq!(
        area_code(&bls, AreaKind::Metro, "7200006").unwrap(),
        "7200006"
    );
    assert!(area_code(&bls, AreaKind::Metro, "ABC").is_err());
    assert!(area_code(&Layout::Lower, AreaKind::Metro, "10180").is_err());
}
