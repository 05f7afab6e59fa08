/** The rule id of an unknown `--variant NAME`, apart so that the CLI reads it without loading the model. */

/** Messages with this rule id make the CLI exit 2, as any usage error does. */
export const UNKNOWN_VARIANT_OPTION = 'variant-option';
