import InstitutionGraph
import Testing

@testable import instgraph

/// The tables the tool prints on a terminal and as Markdown.
@Suite("Printing tables")
struct TextTableOutputTests {
    @Test("aligned tables line up Korean and English names")
    func aligned() {
        let table = TextTable(
            columns: [.init("name"), .init("n", alignment: .right)],
            rows: [["서울대학교", "3"], ["KAIST", "4"]])
        #expect(
            Self.printed(table, as: .table) == """
                name        n
                ──────────  ─
                서울대학교  3
                KAIST       4

                """)
    }

    @Test("a left-aligned last column is not padded, its widest cell sets the rule, and trailing spaces go")
    func lastColumn() {
        let table = TextTable(
            columns: [.init("name"), .init("n", alignment: .right), .init("kind"), .init("in")],
            rows: [["KAIST", "12", "", ""], ["서울대", "3", "university", "c1, c2, 컨소시엄"]])
        #expect(
            Self.printed(table, as: .table) == """
                name     n  kind        in
                ──────  ──  ──────────  ────────────────
                KAIST   12
                서울대   3  university  c1, c2, 컨소시엄

                """)
        let rightLast = TextTable(columns: [.init("name"), .init("n", alignment: .right)], rows: [["a", "100"], ["bb", "2"]])
        #expect(Self.printed(rightLast, as: .table) == "name    n\n────  ───\na     100\nbb      2\n")
    }

    @Test(
        "a table of rows made as they are printed, over many parts, prints as its rows held would, and as lining up every cell at once does",
        arguments: [0, 1, 4095, 4096, 4097, 30_001])
    func generatedRows(rowCount: Int) {
        let columns: [TextTable.Column] = [.init("name"), .init("n", alignment: .right), .init("kind"), .init("in")]
        // Names of one to nine syllables or letters, a wide cell now and then far down the table.
        let names = ["KAIST", "서울대학교", "a", "", "Université Paris-Saclay", "한국전자통신연구원", "x|y, \"z\""]
        let row = { @Sendable (index: Int) -> [String] in
            [
                names[index % names.count] + (index % 9_973 == 9_000 ? String(repeating: "가", count: 40) : ""),
                String(index * 7 % 1_000_003), index % 3 == 0 ? "" : "university",
                index % 5 == 0 ? "" : (0..<(index % 4)).map { "c\($0)" }.joined(separator: ", "),
            ]
        }
        let held = TextTable(columns: columns, rows: (0..<rowCount).map(row))
        let generated = PrintedTable(columns: columns, rowCount: rowCount, row: row)
        for format in [TextFormat.table, .markdown, .csv] {
            let heldText = Self.printed(held, as: format)
            #expect(TabularReport(sections: [.init(table: generated)]).rendered(as: format) == heldText, "\(format)")
        }
        #expect(Self.printed(held, as: .csv) == held.csv())
        // Lined up the plain way: every width from every cell, every line padded, then trimmed.
        let cells = [columns.map(\.header)] + held.rows
        let widths = columns.indices.map { column in cells.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = cells.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cells[column]))
                return columns[column].alignment == .left ? cells[column] + padding : padding + cells[column]
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        let plain = line(cells[0]) + rule + cells.dropFirst().map(line).joined()
        #expect(Self.printed(held, as: .table) == plain)
    }

    /// `table` as a command prints it in `format`, alone in its report.
    static func printed(_ table: TextTable, as format: TextFormat) -> String {
        TabularReport(sections: [.init(table: table)]).rendered(as: format)
    }

    @Test("lists of names: all of them, or the first few and how many more")
    func lists() {
        #expect(ListText.abbreviated(["a", "b", "c"], keeping: nil) == "a, b, c")
        #expect(ListText.abbreviated(["a", "b", "c"], keeping: 3) == "a, b, c")
        #expect(ListText.abbreviated(["a", "b", "c"], keeping: 2) == "a, b, … and 1 more")
        #expect(ListText.abbreviated([String](), keeping: 2) == "")
        #expect(ListText.abbreviated((0..<1000).lazy.map { "c\($0)" }, keeping: 1) == "c0, … and 999 more")
    }

    @Test("Markdown escapes pipes")
    func markdown() {
        let table = TextTable(columns: [.init("a"), .init("b", alignment: .right)], rows: [["x, y", "say \"hi\""], ["p|q", "1"]])
        #expect(Self.printed(table, as: .markdown) == "| a | b |\n|---|---:|\n| x, y | say \"hi\" |\n| p\\|q | 1 |\n")
    }
}
