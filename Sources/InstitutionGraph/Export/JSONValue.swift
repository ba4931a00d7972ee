import Foundation

/// A JSON value whose object keys keep their order, for writing.
enum JSONValue: Sendable {
    case bool(Bool)
    /// A number, already written as JSON.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Writes the value indented by two spaces a level, `indent` levels in.
    func write(to text: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .bool, .number, .string: text += compact
        case .array(let values):
            guard !values.isEmpty else { text += "[]"; return }
            text += "[\n"
            for (position, value) in values.enumerated() {
                text += pad
                value.write(to: &text, indent: indent + 1)
                text += position == values.count - 1 ? "\n" : ",\n"
            }
            text += close + "]"
        case .object(let members):
            guard !members.isEmpty else { text += "{}"; return }
            text += "{\n"
            for (position, (key, value)) in members.enumerated() {
                text += pad + Self.quoted(key) + ": "
                value.write(to: &text, indent: indent + 1)
                text += position == members.count - 1 ? "\n" : ",\n"
            }
            text += close + "}"
        }
    }

    /// The value on one line without spaces, for JSON held inside another format's text.
    var compact: String {
        switch self {
        case .bool(let value): value ? "true" : "false"
        case .number(let value): value
        case .string(let value): Self.quoted(value)
        case .array(let values): "[" + values.map(\.compact).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { Self.quoted($0) + ":" + $1.compact }.joined(separator: ",") + "}"
        }
    }

    /// The value as the XML formats hold it: a string or number as its own text, a list or an
    /// object as compact JSON (`["SKT","에스케이텔레콤"]`).
    var text: String {
        switch self {
        case .string(let value): value
        case .number(let value): value
        case .bool, .array, .object: compact
        }
    }

    /// A JSON string literal; non-ASCII text (Hangul) is written as is, in UTF-8.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
