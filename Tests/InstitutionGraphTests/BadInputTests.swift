import Foundation
@testable import InstitutionGraph
import Testing

/// Every kind of bad input gives one clear error with its file, line and column.
@Suite("Bad input")
struct BadInputTests {
    static let institutions = """
        institutions:
          - {id: a, name: A}
          - {id: b, name: B}

        """

    @Test(
        "bad input is reported where it is",
        arguments: [
            (
                "YAML syntax error", "x.yaml", "institutions:\n  - {id: a, name: [A}\n",
                "x.yaml:2:21: error: YAML syntax: while parsing a flow sequence: did not find expected ',' or ']'"
            ),
            ("wrong type", "x.yaml", "institutions: 5\n", "x.yaml:1:15: error: 'institutions' must be a list (items starting with '- '), found text '5'"),
            (
                "unknown field", "x.yaml", "institutions:\n  - {id: a, nmae: A}\n",
                "x.yaml:2:13: error: unknown field 'nmae' in an institution; did you mean 'name'? expected one of: id, name, kind, aliases, parent, url, notes, attributes"
            ),
            ("missing name", "x.yaml", "institutions:\n  - {id: a}\n", "x.yaml:2:5: error: an institution needs a 'name' field"),
            ("duplicate key", "x.yaml", "title: A\ntitle: B\n", "x.yaml:1:1: error: duplicate key 'title' in a mapping; keep one"),
            (
                "control character", "x.yaml", "title: t\ninstitutions:\n  - {id: 가, name: \"A\u{07}b\"}\n",
                "x.yaml:3:21: error: YAML cannot hold this character (U+0007): control characters are not allowed; remove it, or write it as an escape inside double quotes (\"\\a\", \"\\x07\")"
            ),
            (
                "unknown member", "x.yaml", institutions + "consortia: [{id: c, name: C, members: [Bee]}]\n",
                "x.yaml:4:40: error: unknown institution 'Bee'; add it under 'institutions' or fix the spelling"
            ),
            (
                "duplicate id", "x.yaml", institutions + "  - {id: a, name: A2}\nconsortia: [{id: c, name: C, members: [a]}]\n",
                "x.yaml:4:5: error: duplicate institution id 'a' (first declared at line 2, column 5); ids must be unique"
            ),
            (
                "two leads", "x.yaml", institutions + "consortia: [{id: c, name: C, members: [{institution: a, role: lead}, {institution: b, role: lead}]}]\n",
                "x.yaml:4:84: error: consortium 'c' has two leads: 'a' (at line 4, column 54) and 'b'; a consortium has at most one lead"
            ),
            (
                "lead not among the institutions", "x.yaml", institutions + "consortia: [{id: c, name: C, lead: Z, members: [a]}]\n",
                "x.yaml:4:36: error: unknown institution 'Z'; add it under 'institutions' or fix the spelling"
            ),
            ("empty dataset", "x.yaml", "title: Nothing\n", "x.yaml:1:1: error: the dataset is empty; add a 'consortia' list (YAML) or membership rows (CSV)"),
            ("empty file", "x.yaml", "", "x.yaml: error: the file is empty; a dataset needs 'institutions' and 'consortia'"),
            (
                "bad role", "x.yaml", institutions + "consortia: [{id: c, name: C, members: [{institution: a, role: boss}]}]\n",
                "x.yaml:4:63: error: unknown role 'boss'; expected 'lead' or 'member'"
            ),
            (
                "CSV without the consortium column", "x.csv", "team,institution\nA,B\n",
                "x.csv:1:1: error: no consortium column 'consortium' or '컨소시엄' or '과제' in the header; give the header's name with --consortium-column NAME (the header's columns: 'team', 'institution'; the header was split at a comma ',' (sniffed from the header))"
            ),
            ("JSON syntax", "x.json", "{\"title\": \"x\",, }", "x.json:1:15: error: JSON syntax: expected a key in double quotes, found ','"),
            (
                "CSV unterminated quote", "x.csv", "consortium,institution\nA,B\nA,\"C\nD\n",
                "x.csv:3:3: error: unterminated quoted field: the double quote opened here is never closed; close it, or write a quote inside a quoted field as \"\""
            ),
            (
                "CSV stray quote", "x.csv", "consortium,institution\nA,B\"C\n",
                "x.csv:2:4: error: a double quote inside an unquoted field; put the whole field in double quotes and write the quote twice (\"\")"
            ),
            (
                "CSV ragged row", "x.csv", "consortium,institution\nA,B,C\n",
                "x.csv:2:1: error: this row has 3 fields but the header has 2; check for a missing or extra delimiter, or quote fields that contain one"
            ),
            ("CSV empty cell", "x.csv", "consortium,institution\nA,\n", "x.csv:2:3: error: the 'institution' cell is empty; every row names an institution"),
            (
                "CSV header only", "x.csv", "consortium,institution\n",
                "x.csv: error: the dataset is empty; add a 'consortia' list (YAML) or membership rows (CSV)"
            ),
            (
                "unknown extension", "x.txt", "consortium,institution\nA,B\n",
                "x.txt: error: cannot tell the format from the extension '.txt'; name the file .yaml, .json, .csv, .tsv, .xlsx, .graphml or .gexf, or give --input-format (yaml, json, csv, tsv, xlsx, graphml, gexf)"
            ),
        ])
    func reported(_ what: String, file: String, contents: String, expected: String) {
        #expect(loadErrors(file, contents).map(\.description) == [expected], "\(what)")
    }

    @Test("invalid UTF-8 is reported at the first bad byte")
    func invalidUTF8() {
        let bytes = Array("consortium,institution\nA,서울".utf8) + [0xFF] + Array("\n".utf8)
        #expect(
            loadErrors("x.csv", bytes: bytes).map(\.description) == [
                "x.csv:2:5: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8 (from Excel: 'CSV UTF-8'; a Korean Windows CSV is often CP949/EUC-KR: `iconv -f CP949 -t UTF-8` converts it)"
            ])
    }

    @Test("a binary file is refused")
    func binaryFile() {
        #expect(
            loadErrors("x.csv", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).map(\.description)
                == [
                    "x.csv:3:1: error: this looks like a binary file (it holds a NUL byte), not text; if it is UTF-16 text without a byte-order mark, save it as UTF-8"
                ])
    }

    @Test("a missing file says so")
    func missingFile() {
        #expect {
            try DatasetLoader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/d.yaml"), displayPath: "d.yaml")
        } throws: { error in
            (error as? DatasetLoadError)?.description == "d.yaml: error: no such file; check the path"
        }
    }

    @Test("several errors are all reported, in input order")
    func severalErrors() {
        let errors = loadErrors("x.yaml", Self.institutions + "consortia: [{id: c, name: C, members: [Q, R]}, {id: c, name: D, members: [a]}]\n")
        #expect(errors.count == 3)
        #expect(errors.map(\.location.column) == [40, 43, 48])
    }
}

@Suite("Bad input: every problem in one run")
struct EveryProblemTests {
    @Test("bad CSV rows are all reported, with the errors of the rows that loaded")
    func everyBadRow() {
        let csv = "consortium,institution,role\nA,B,boss\nA,,member\nB,X,lead\nB,Y,lead\nC,D,E,F\n"
        let errors = loadErrors("x.csv", csv).map(\.description)
        #expect(
            errors == [
                "x.csv:3:3: error: the 'institution' cell is empty; every row names an institution",
                "x.csv:6:1: error: this row has 4 fields but the header has 3; check for a missing or extra delimiter, or quote fields that contain one",
                "x.csv:5:3: error: consortium 'B' has two leads: 'X' (at line 4, column 3) and 'Y'; a consortium has at most one lead",
            ])
    }
}
