/// A strict JSON parser (RFC 8259) that keeps what `JSONSerialization` loses: the order of an
/// object's keys (attributes read back in their order), numbers apart from texts and booleans
/// (`"bipartite": 0` is not `"0"`), and the line and column where each value starts.
///
/// - Complexity: O(bytes): lines are counted as they are passed and columns from the last value's.
struct JSONParser {
    /// What is wrong and where: 1-based line and column (in characters) of the text parsed.
    struct SyntaxError: Error {
        var message: String
        var line: Int
        var column: Int
    }

    /// Deeper nesting than this is refused rather than risking the stack.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private let locate: (_ line: Int, _ column: Int) -> SourceLocation
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    /// A known column on the current line, to count the next one from.
    private var counted = (offset: 0, column: 1)
    private var depth = 0

    private init(_ bytes: [UInt8], locate: @escaping (Int, Int) -> SourceLocation) {
        self.bytes = bytes
        self.locate = locate
    }

    /// Parses `bytes` (valid UTF-8) as one JSON value, locating each value with `locate(line, column)`.
    static func parse(_ bytes: [UInt8], locate: @escaping (_ line: Int, _ column: Int) -> SourceLocation) throws(SyntaxError) -> GraphValue {
        var parser = JSONParser(bytes, locate: locate)
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.offset == parser.bytes.count else {
            throw parser.error("unexpected \(parser.found) after the JSON value")
        }
        return value
    }

    // MARK: Values

    private mutating func value() throws(SyntaxError) -> GraphValue {
        skipWhitespace()
        let location = locate(line, column())
        guard offset < bytes.count else { throw error("expected a value, found the end of the text") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return GraphValue(content: .object(try object()), location: location)
        case UInt8(ascii: "["): return GraphValue(content: .array(try array()), location: location)
        case UInt8(ascii: "\""): return GraphValue(content: .string(try string()), location: location)
        case UInt8(ascii: "t"): try literal("true"); return GraphValue(content: .bool(true), location: location)
        case UInt8(ascii: "f"): try literal("false"); return GraphValue(content: .bool(false), location: location)
        case UInt8(ascii: "n"): try literal("null"); return GraphValue(content: .null, location: location)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return GraphValue(content: .number(try number()), location: location)
        default: throw error("expected a value, found \(found)")
        }
    }

    private mutating func object() throws(SyntaxError) -> [(key: String, value: GraphValue)] {
        try enter()
        var members: [(key: String, value: GraphValue)] = []
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { depth -= 1; return members }
        repeat {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                throw error("expected a key in double quotes, found \(found)")
            }
            let key = try string()
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw error("expected ':' after the key \(JSONValue.quoted(key)), found \(found)") }
            members.append((key, try value()))
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "}")) else { throw error("expected ',' or '}' in an object, found \(found)") }
        depth -= 1
        return members
    }

    private mutating func array() throws(SyntaxError) -> [GraphValue] {
        try enter()
        var items: [GraphValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { depth -= 1; return items }
        repeat {
            items.append(try value())
            skipWhitespace()
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "]")) else { throw error("expected ',' or ']' in an array, found \(found)") }
        depth -= 1
        return items
    }

    /// Consumes the opening bracket of an object or an array.
    private mutating func enter() throws(SyntaxError) {
        guard depth < Self.maximumDepth else { throw error("arrays and objects are nested more than \(Self.maximumDepth) deep") }
        depth += 1
        offset += 1
    }

    private mutating func string() throws(SyntaxError) -> String {
        offset += 1
        var utf8: [UInt8] = []
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                offset += 1
                try escape(into: &utf8)
            case ..<0x20:
                throw error(
                    "a control character (U+\(hex(UInt32(byte)))) inside a string; write it as an escape such as \\n or \\u00\(hex(UInt32(byte)).suffix(2))")
            default:
                let start = offset
                while offset < bytes.count, bytes[offset] >= 0x20, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\") {
                    offset += 1
                }
                utf8.append(contentsOf: bytes[start..<offset])
            }
        }
        throw error("a string is not closed: '\"' expected before the end of the text")
    }

    /// Reads the escape after a backslash.
    private mutating func escape(into utf8: inout [UInt8]) throws(SyntaxError) {
        guard offset < bytes.count else { throw error("a string ends inside an escape") }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "/"): UInt8(ascii: "/"),
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let byte = simple[bytes[offset]] {
            utf8.append(byte)
            offset += 1
            return
        }
        guard bytes[offset] == UInt8(ascii: "u") else { throw error("unknown escape \\\(found.dropFirst().dropLast())") }
        offset += 1
        var scalar = try hexQuad()
        if (0xD800..<0xDC00).contains(scalar), bytes[offset...].starts(with: Array("\\u".utf8)) {
            let resume = offset
            offset += 2
            let low = try hexQuad()
            if (0xDC00..<0xE000).contains(low) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
                offset = resume
            }
        }
        // A lone surrogate (which Python writes for text it could not decode) becomes U+FFFD.
        utf8.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
    }

    private mutating func hexQuad() throws(SyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16) else {
            throw error("\\u must be followed by four hexadecimal digits")
        }
        offset += 4
        return value
    }

    private mutating func number() throws(SyntaxError) -> String {
        let start = offset
        _ = consume(UInt8(ascii: "-"))
        if !consume(UInt8(ascii: "0")) {
            guard digits() > 0 else { throw error("expected a digit, found \(found)") }
        }
        if consume(UInt8(ascii: ".")) {
            guard digits() > 0 else { throw error("expected a digit after '.', found \(found)") }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
            guard digits() > 0 else { throw error("expected the exponent's digits, found \(found)") }
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// Consumes decimal digits and returns how many.
    private mutating func digits() -> Int {
        let start = offset
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
        return offset - start
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        guard bytes[offset...].starts(with: Array(word.utf8)) else { throw error("expected a value, found \(found)") }
        offset += word.utf8.count
    }

    // MARK: Positions

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                offset += 1
            case UInt8(ascii: "\n"):
                offset += 1
                line += 1
                lineStart = offset
            default:
                return
            }
        }
    }

    /// The 1-based column of `offset` in characters: bytes that do not continue a UTF-8 sequence.
    private mutating func column() -> Int {
        if counted.offset < lineStart || counted.offset > offset { counted = (lineStart, 1) }
        var column = counted.column
        for byte in bytes[counted.offset..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        counted = (offset, column)
        return column
    }

    /// What is at `offset`, for messages: `'x'` or `the end of the text`.
    private var found: String {
        guard offset < bytes.count else { return "the end of the text" }
        var length = 1
        while offset + length < bytes.count, bytes[offset + length] & 0xC0 == 0x80 { length += 1 }
        return "'\(String(decoding: bytes[offset..<offset + length], as: UTF8.self))'"
    }

    private mutating func error(_ message: String) -> SyntaxError {
        SyntaxError(message: message, line: line, column: column())
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
