@testable import InstitutionGraph
import Testing

@Suite("XML text escaping")
struct XMLTextTests {
    @Test(
        "markup, quotes, line breaks and characters XML forbids are escaped; other text is kept as it is",
        arguments: [
            ("KAIST", "KAIST"), ("한국과학기술원 🤖", "한국과학기술원 🤖"), ("A & B <C>", "A &amp; B &lt;C&gt;"),
            ("\"q\" 'a'", "&quot;q&quot; &apos;a&apos;"), ("a\tb\nc\rd", "a&#9;b&#10;c&#13;d"), ("bell\u{7}", "bell\u{FFFD}"),
            ("x\u{FFFE}y\u{FFFF}z", "x\u{FFFD}y\u{FFFD}z"), ("\u{FFFD}\u{EFBF}", "\u{FFFD}\u{EFBF}"),
        ])
    func escaping(text: String, expected: String) {
        #expect(XMLText.escaped(text) == expected)
    }
}
