import Foundation

/// A value read from a graph file, with where it was written: any JSON value from node-link JSON,
/// text from GraphML and GEXF.
struct GraphValue {
    enum Content {
        case null
        case bool(Bool)
        /// A number as written (`0`, `0.5`), so that its text reads back unchanged.
        case number(String)
        case string(String)
        case array([GraphValue])
        /// An object's members in the order they were written.
        case object([(key: String, value: GraphValue)])
    }

    var content: Content
    var location: SourceLocation

    /// The value as an attribute's text: a string as is, a number as written, `true`/`false`, a
    /// list or an object as compact JSON; `nil` for JSON's `null`.
    var text: String? {
        switch content {
        case .null: nil
        case .string(let text): text
        case .number(let text): text
        case .bool, .array, .object: compact
        }
    }

    /// The value as compact JSON.
    var compact: String {
        switch content {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let text): text
        case .string(let text): JSONValue.quoted(text)
        case .array(let items): "[" + items.map(\.compact).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { JSONValue.quoted($0.key) + ":" + $0.value.compact }.joined(separator: ",") + "}"
        }
    }

    /// A whole number written as a number or as text (`1`, `"1"`, `1.0`), as NetworkX's `bipartite`
    /// is in every format.
    var integer: Int? {
        guard let text = text?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let value = Int(text) { return value }
        guard let value = Double(text), value == value.rounded(), abs(value) < 1e9 else { return nil }
        return Int(value)
    }

    /// The members of an object, or `nil` for any other value.
    var members: [(key: String, value: GraphValue)]? {
        if case .object(let members) = content { return members }
        return nil
    }

    /// The value a JSON text inside the value stands for: GraphML and GEXF hold lists and the
    /// groups as JSON text, node-link JSON as JSON itself. Values read from the text are located
    /// where the text is.
    ///
    /// - Throws: ``DatasetLoadError`` when the text is not JSON, naming `what` it should hold.
    func embeddedJSON(_ what: String) throws -> GraphValue {
        guard case .string(let text) = content else { return self }
        do {
            return try JSONParser.parse(Array(text.utf8)) { _, _ in location }
        } catch {
            throw DatasetLoadError(
                "\(what) should be JSON, but \(error.message) (line \(error.line), column \(error.column) of its text)",
                at: location)
        }
    }

    /// A list of texts, written as a JSON array of strings or as the text of one.
    ///
    /// - Throws: ``DatasetLoadError`` for anything else, naming `what` it is.
    func strings(_ what: String) throws -> [String] {
        let value = try embeddedJSON(what)
        guard case .array(let items) = value.content else {
            throw DatasetLoadError("\(what) should be a JSON array of texts, such as [\"SKT\", \"에스케이텔레콤\"]; found \(compact)", at: location)
        }
        return try items.map { item in
            guard case .string(let text) = item.content else {
                throw DatasetLoadError("\(what) should hold only texts; found \(item.compact)", at: item.location)
            }
            return text
        }
    }
}
