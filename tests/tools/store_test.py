#!/usr/bin/env python3
"""Turns plain end-to-end tests into tests on both stores (SQLite and PostgreSQL).

    python3 tests/tools/store_test.py [--dry-run] [--force] FILE[::NAME[,NAME...]]...

rewrites, in each FILE (every test of it, or only the NAMEd ones),

    /// doc                         store_test! {
    #[test]                             /// doc
    fn name() {              ->         fn name() {
        body                                body
    }                                   }
                                    }

(`store_test!`, tests/it/common/mod.rs, makes the tests `name::sqlite` and
`name::postgres`). The doc comments and the other attributes of the test move inside;
`#[test]` goes. The lines inside are indented by four spaces, except those that start
inside a string literal (a multi-line string keeps its value). The text is read with a
small Rust lexer, so that braces, `#[test]` or `*/` inside strings, raw strings (`r#"…"#`),
byte strings, chars (`'{'`, `'\\''`, not lifetimes) and comments (nested `/* */` too) are
not taken for code.

A test whose own body uses what only a SQLite file has (`.path()`, `.db()`, `rusqlite`,
`TestStore::at`) is left alone with a warning, unless `--force`; the helpers it calls are
not looked into. `--dry-run` prints the diff and writes nothing. `--self-test` runs the
lexer's own tests. Exit 1 when a NAME is not a plain `#[test] fn NAME()` of its FILE.
"""

import difflib
import re
import sys

# Token kinds that are not code.
LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR = "line-comment", "block-comment", "string", "char"

IDENT = re.compile(r"[A-Za-z0-9_]")
RAW_STRING = re.compile(r'(?:br|cr|r)(#*)"')
STRING_START = re.compile(r'[bc]?"')
CHAR_START = re.compile(r"b?'")


def lex(src):
    """The spans of `src` that are not code: a sorted list of (start, end, kind)."""
    spans = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        at_token_start = i == 0 or not IDENT.match(src[i - 1])
        if src.startswith("//", i):
            end = src.find("\n", i)
            end = n if end < 0 else end
            spans.append((i, end, LINE_COMMENT))
            i = end
        elif src.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            spans.append((i, j, BLOCK_COMMENT))
            i = j
        elif at_token_start and RAW_STRING.match(src, i):
            m = RAW_STRING.match(src, i)
            close = '"' + m.group(1)
            end = src.find(close, m.end())
            end = n if end < 0 else end + len(close)
            spans.append((i, end, STRING))
            i = end
        elif at_token_start and STRING_START.match(src, i) or c == '"':
            j = STRING_START.match(src, i).end() if c != '"' else i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            spans.append((i, j + 1, STRING))
            i = j + 1
        elif (at_token_start and CHAR_START.match(src, i)) or c == "'":
            j = CHAR_START.match(src, i).end() if c != "'" else i + 1
            if j < n and src[j] == "\\":  # '\n', '\'', '\u{7FFF}'
                k = j + 2
                while k < n and src[k] != "'":
                    k += 1
                spans.append((i, k + 1, CHAR))
                i = k + 1
            elif j + 1 < n and src[j + 1] == "'" and src[j] != "'":  # 'x'
                spans.append((i, j + 2, CHAR))
                i = j + 2
            else:  # a lifetime or a label: code
                i = j
        else:
            i += 1
    return spans


class Source:
    def __init__(self, src):
        self.src = src
        self.spans = lex(src)
        self.kind_at = {}
        for start, end, kind in self.spans:
            for k in range(start, end):
                self.kind_at[k] = (start, kind)

    def is_code(self, i):
        return i not in self.kind_at

    def span_at(self, i):
        """(start, kind) of the literal or comment holding `i`, or None for code."""
        return self.kind_at.get(i)

    def matching(self, i, open_, close):
        """The index of the bracket closing the one at `i`, brackets in code only."""
        depth = 0
        for j in range(i, len(self.src)):
            if not self.is_code(j):
                continue
            if self.src[j] == open_:
                depth += 1
            elif self.src[j] == close:
                depth -= 1
                if depth == 0:
                    return j
        raise ValueError(f"no {close} closes the {open_} at offset {i}")

    def matching_back(self, i, open_, close):
        """The index of the bracket opening the one closed at `i`, walking back."""
        depth = 0
        for j in range(i, -1, -1):
            if not self.is_code(j):
                continue
            if self.src[j] == close:
                depth += 1
            elif self.src[j] == open_:
                depth -= 1
                if depth == 0:
                    return j
        raise ValueError(f"no {open_} opens the {close} at offset {i}")

    def line_start(self, i):
        return self.src.rfind("\n", 0, i) + 1


TEST_ATTR = re.compile(r"#\[test\]")
SIGNATURE = re.compile(r"\s*fn\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*\)\s*(->[^{;]*)?\{")
OTHER_SIGNATURE = re.compile(r"\s*(?:pub(?:\([^)]*\))?\s+)?(?:async\s+)?fn\s+([A-Za-z_]\w*)")
SQLITE_ONLY = re.compile(r"\.path\(\)|\.db\(\)|rusqlite|TestStore::at\b")


class Test:
    """One `#[test] fn name() {…}`: where its item starts (its first doc comment or
    attribute), where its `#[test]` is, and where its body ends."""

    def __init__(self, name, start, attr, attr_end, end, body):
        self.name, self.start, self.attr, self.attr_end, self.end = (
            name,
            start,
            attr,
            attr_end,
            end,
        )
        self.body = body


def item_start(s, attr):
    """Where the outer attributes and doc comments before `attr` begin."""
    src, start = s.src, attr
    while True:
        j = start - 1
        while j >= 0 and src[j] in " \t\r\n" and s.is_code(j):
            j -= 1
        if j < 0:
            return start
        span = s.span_at(j)
        if span and span[1] in (LINE_COMMENT, BLOCK_COMMENT):
            text = src[span[0] : j + 1]
            is_doc = (text.startswith("///") and not text.startswith("////")) or (
                text.startswith("/**") and not text.startswith("/***") and text != "/**/"
            )
            if not is_doc:
                return start
            start = span[0]
        elif src[j] == "]" and s.is_code(j):
            open_ = s.matching_back(j, "[", "]")
            if open_ > 0 and src[open_ - 1] == "#":
                start = open_ - 1
            else:
                return start
        else:
            return start


def find_tests(s):
    """Every `#[test]` item of the file: Test, or (name or offset, reason) when it is not a
    plain `fn name()`."""
    src, found, refused = s.src, [], []
    for m in TEST_ATTR.finditer(src):
        if not s.is_code(m.start()):
            continue
        # the attributes after #[test]
        j = m.end()
        while True:
            k = j
            while k < len(src) and src[k] in " \t\r\n":
                k += 1
            if src.startswith("#[", k) and s.is_code(k):
                j = s.matching(k + 1, "[", "]") + 1
            elif s.span_at(k) and s.span_at(k)[1] in (LINE_COMMENT, BLOCK_COMMENT):
                start, _ = s.span_at(k)
                j = next(e for (b, e, _) in s.spans if b == start)
            else:
                break
        sig = SIGNATURE.match(src, j)
        if not sig:
            other = OTHER_SIGNATURE.match(src, j)
            what = other.group(1) if other else f"offset {m.start()}"
            refused.append((what, "not a plain `fn name()` (arguments, generics, pub…)"))
            continue
        brace = sig.end() - 1
        end = s.matching(brace, "{", "}")
        found.append(
            Test(
                sig.group(1),
                item_start(s, m.start()),
                m.start(),
                m.end(),
                end + 1,
                src[brace : end + 1],
            )
        )
    return found, refused


def convert(src, names=None, force=False):
    """`src` with its tests (or those of `names`) in `store_test!`; also the names
    converted, and the warnings."""
    s = Source(src)
    tests, refused = find_tests(s)
    warnings = [f"{name}: {why}" for name, why in refused if names is None or name in names]
    chosen = []
    for t in tests:
        if names is not None and t.name not in names:
            continue
        if not force and SQLITE_ONLY.search(t.body):
            warnings.append(
                f"{t.name}: left a plain #[test]: its body uses what only a SQLite file has "
                f"({SQLITE_ONLY.search(t.body).group(0)}); --force converts it anyway"
            )
            continue
        chosen.append(t)
    if names is not None:
        missing = set(names) - {t.name for t in tests}
        for name in sorted(missing):
            warnings.append(f"{name}: no `#[test] fn {name}()` here")
    out, pos = [], 0
    for t in chosen:
        first_line = s.line_start(t.start)
        indent = src[first_line : t.start]
        if indent.strip():
            warnings.append(f"{t.name}: something precedes it on its line; left alone")
            continue
        line_end = src.find("\n", t.end)
        line_end = len(src) if line_end < 0 else line_end
        # the item without its #[test] line (or #[test] and the blanks after it)
        attr_line = s.line_start(t.attr)
        after = t.attr_end
        while after < len(src) and src[after] in " \t":
            after += 1
        if src[attr_line : t.attr].strip() == "" and src.startswith("\n", after):
            item = src[first_line:attr_line] + src[after + 1 : line_end]
            cut = (attr_line - first_line, after + 1 - attr_line)
        else:
            item = src[first_line : t.attr] + src[after:line_end]
            cut = (t.attr - first_line, after - t.attr)
        out.append(src[pos:first_line])
        out.append(f"{indent}store_test! {{\n")
        offset = 0
        for line in item.split("\n"):
            # where this line starts in the original text
            orig = first_line + offset
            if offset >= cut[0]:
                orig += cut[1]
            span = s.span_at(orig - 1) if orig > 0 else None
            inside_literal = (
                span is not None and span[1] in (STRING, CHAR) and s.span_at(orig) is not None
            )
            if inside_literal or not line.strip():
                out.append(line + "\n")
            else:
                out.append("    " + line + "\n")
            offset += len(line) + 1
        out.append(f"{indent}}}")
        pos = line_end
    out.append(src[pos:])
    return "".join(out), [t.name for t in chosen], warnings


def main(argv):
    dry, force, targets = False, False, []
    for a in argv:
        if a == "--dry-run":
            dry = True
        elif a == "--force":
            force = True
        elif a == "--self-test":
            return self_test()
        elif a.startswith("-"):
            print(__doc__, file=sys.stderr)
            return 2
        else:
            targets.append(a)
    if not targets:
        print(__doc__, file=sys.stderr)
        return 2
    status = 0
    for target in targets:
        path, _, names = target.partition("::")
        names = set(names.split(",")) if names else None
        with open(path, encoding="utf-8") as f:
            src = f.read()
        new, done, warnings = convert(src, names, force)
        for w in warnings:
            print(f"{path}: {w}", file=sys.stderr)
            if names is not None and ("no `#[test]" in w or "not a plain" in w):
                status = 1
        if dry:
            sys.stdout.writelines(
                difflib.unified_diff(
                    src.splitlines(True), new.splitlines(True), path, path + " (converted)"
                )
            )
        elif new != src:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
        print(f"{path}: {len(done)} test(s) in store_test!: {', '.join(done)}", file=sys.stderr)
    return status


def self_test():
    tricky = r'''use x;

/// Doc with a brace { and a "quote".
/// Second line.
#[test]
fn tricky() {
    let a = "}{ \" }";
    let b = r#"raw "}" {{"#;
    let c = '}';
    let d = '\'';
    let e = b'{';
    let f = '\u{7D}';
    fn g<'a>(x: &'a str) -> &'a str { x }
    /* nested /* } */ still } a comment */
    // a line comment with }
    let s = "multi
line } string";
    'outer: loop { break 'outer; }
}

fn helper() -> u8 {
    1
}

#[test]
#[ignore = "why"]
fn second() -> Result<(), String> {
    Ok(())
}

#[test]
fn uses_file() {
    let p = s.path();
}

#[test]
fn with_args(x: u8) {}
'''
    new, done, warnings = convert(tricky)
    assert done == ["tricky", "second"], done
    assert any("uses_file" in w for w in warnings), warnings
    assert any("with_args" in w for w in warnings), warnings
    expected_start = (
        "use x;\n\nstore_test! {\n    /// Doc with a brace { and a \"quote\".\n"
        "    /// Second line.\n    fn tricky() {\n        let a = "
    )
    assert new.startswith(expected_start), new[:200]
    # the string's second line is not indented
    assert '    let s = "multi\nline } string";' in new, new
    assert "        'outer: loop { break 'outer; }\n    }\n}\n\nfn helper()" in new, new
    assert (
        'store_test! {\n    #[ignore = "why"]\n    fn second() -> Result<(), String> {\n'
        "        Ok(())\n    }\n}\n"
    ) in new, new
    assert "#[test]\nfn uses_file()" in new
    # only the named ones; a name that is no test is an error
    new, done, warnings = convert(tricky, {"second", "nope"})
    assert done == ["second"] and any("nope" in w for w in warnings), (done, warnings)
    # idempotent: nothing left to convert
    once, _, _ = convert(tricky)
    twice, done, _ = convert(once)
    assert twice == once and done == [], done
    # a #[test] in a string or a comment is not a test
    quiet = 'const S: &str = "#[test]\\nfn no() {}";\n// #[test]\n/* #[test] fn no() {} */\n'
    assert convert(quiet)[1] == []
    print("store_test.py: self-test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
