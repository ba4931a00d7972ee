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
            table.aligned() == """
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
            table.aligned() == """
                name     n  kind        in
                ──────  ──  ──────────  ────────────────
                KAIST   12
                서울대   3  university  c1, c2, 컨소시엄

                """)
        let rightLast = TextTable(columns: [.init("name"), .init("n", alignment: .right)], rows: [["a", "100"], ["bb", "2"]])
        #expect(rightLast.aligned() == "name    n\n────  ───\na     100\nbb      2\n")
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
        #expect(table.markdown() == "| a | b |\n|---|---:|\n| x, y | say \"hi\" |\n| p\\|q | 1 |\n")
    }
}
