/**
 * Where our option interface differs from the python client's, and why:
 * command id → aspect → reason. An aspect is an option string (one side lacks
 * it), "<option> <property>" (kind, nargs, metavar, choices, required, hidden,
 * aliases), "groups", "positionals", "required order" or "kind".
 * tests/unit/interface_test.ts fails on any difference not listed here and on
 * any entry that no longer differs: this list only shrinks.
 */

export const exceptions: Readonly<Record<string, Readonly<Record<string, string>>>> = {};
