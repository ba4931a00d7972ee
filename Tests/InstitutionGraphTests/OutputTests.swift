@testable import InstitutionGraph
import Testing

@Suite("Printing tables")
struct OutputTests {
    @Test("Hangul takes two terminal columns", arguments: [
        ("KAIST", 5), ("서울대학교", 10), ("LG유플러스", 10), ("Ｕ", 2), ("é", 1),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("aligned tables line up Korean and English names")
    func aligned() {
        let table = TextTable(
            columns: [.init("name"), .init("n", alignment: .right)],
            rows: [["서울대학교", "3"], ["KAIST", "4"]])
        #expect(table.aligned() == """
            name        n
            ──────────  ─
            서울대학교  3
            KAIST       4

            """)
    }

    @Test("CSV quotes what needs quoting; Markdown escapes pipes")
    func csvAndMarkdown() {
        let table = TextTable(columns: [.init("a"), .init("b", alignment: .right)], rows: [["x, y", "say \"hi\""], ["p|q", "1"]])
        #expect(table.csv() == "a,b\n\"x, y\",\"say \"\"hi\"\"\"\np|q,1\n")
        #expect(table.markdown() == "| a | b |\n|---|---:|\n| x, y | say \"hi\" |\n| p\\|q | 1 |\n")
    }
}
