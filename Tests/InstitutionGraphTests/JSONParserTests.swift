@testable import InstitutionGraph
import Testing

@Suite("The JSON parser behind node-link JSON")
struct JSONParserTests {
    static func parse(_ text: String) throws(JSONParser.SyntaxError) -> GraphValue {
        try JSONParser.parse(Array(text.utf8)) { SourceLocation(file: "t.json", line: $0, column: $1) }
    }

    @Test("numbers stay apart from texts, as written; object keys keep their order")
    func values() throws {
        let value = try Self.parse(#"{"b": 0, "a": "0", "c": -1.50e+3, "d": [true, null]}"#)
        let members = try #require(value.members)
        #expect(members.map(\.key) == ["b", "a", "c", "d"])
        guard case .number("0") = members[0].value.content, case .string("0") = members[1].value.content,
            case .number("-1.50e+3") = members[2].value.content
        else {
            Issue.record("unexpected \(value.compact)")
            return
        }
        #expect(members[3].value.compact == "[true,null]")
        #expect(members[0].value.integer == 0 && members[1].value.integer == 0)
    }

    @Test("escapes: quotes, backslashes, control characters, surrogate pairs; a lone surrogate becomes U+FFFD")
    func escapes() throws {
        let value = try Self.parse(#"["\"\\\/\b\f\n\r\t", "\u0001\u00e9\ud83c\udf89", "\ud800x"]"#)
        guard case .array(let items) = value.content else {
            Issue.record("not an array")
            return
        }
        #expect(items.map(\.text) == ["\"\\/\u{8}\u{C}\n\r\t", "\u{1}é🎉", "\u{FFFD}x"])
    }

    @Test("each value knows its line and its column in characters")
    func locations() throws {
        let value = try Self.parse("{\"이름\": \"값\",\n  \"n\": [1,\n 22]}")
        let members = try #require(value.members)
        #expect(members[0].value.location == SourceLocation(file: "t.json", line: 1, column: 8))
        guard case .array(let items) = members[1].value.content else {
            Issue.record("not an array")
            return
        }
        #expect(items.map(\.location.line) == [2, 3] && items.map(\.location.column) == [9, 2])
    }

    @Test(
        "syntax errors say what was expected and where",
        arguments: [
            ("{\"a\": 1,}", "expected a key in double quotes, found '}'", 1, 9),
            ("[1 2]", "expected ',' or ']' in an array, found '2'", 1, 4),
            ("{\"a\" 1}", "expected ':' after the key \"a\", found '1'", 1, 6),
            ("\"tab\there\"", "a control character (U+0009) inside a string; write it as an escape such as \\n or \\u0009", 1, 5),
            ("[01]", "expected ',' or ']' in an array, found '1'", 1, 3),
            ("{\"가\": tru}", "expected a value, found 't'", 1, 7),
            ("[1] x", "unexpected 'x' after the JSON value", 1, 5),
            ("\"open", "a string is not closed: '\"' expected before the end of the text", 1, 6),
        ])
    func syntaxErrors(text: String, message: String, line: Int, column: Int) {
        #expect {
            _ = try Self.parse(text)
        } throws: { error in
            guard let error = error as? JSONParser.SyntaxError else { return false }
            return error.message == message && error.line == line && error.column == column
        }
    }

    @Test("nesting deeper than the limit is refused instead of overflowing the stack")
    func depth() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParser.SyntaxError.self) { try Self.parse(text) }
        #expect((try? Self.parse(String(repeating: "[", count: 200) + String(repeating: "]", count: 200))) != nil)
    }
}
