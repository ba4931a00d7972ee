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

    @Test("Markdown escapes pipes")
    func markdown() {
        let table = TextTable(columns: [.init("a"), .init("b", alignment: .right)], rows: [["x, y", "say \"hi\""], ["p|q", "1"]])
        #expect(table.markdown() == "| a | b |\n|---|---:|\n| x, y | say \"hi\" |\n| p\\|q | 1 |\n")
    }
}
