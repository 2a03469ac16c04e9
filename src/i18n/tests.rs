//! Tests of the i18n layer.
