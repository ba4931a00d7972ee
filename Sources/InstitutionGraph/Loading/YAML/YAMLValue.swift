import Foundation
import OrderedCollections
import Yams

/// A YAML node with the file it came from, read with errors that say where and what was expected.
struct YAMLValue {
    let node: Node
    let file: String

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    /// Whether the node is an explicit or empty null (`~`, `null`, nothing).
    var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.tag == Tag(.null) || (scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string))
    }

    func error(_ message: String) -> DatasetLoadError { DatasetLoadError(message, at: location) }

    /// A human word for what this node is, for "expected …, found …" messages.
    var shape: String {
        switch node {
        case .scalar:
            isNull ? "nothing" : "text '\(node.scalar?.string.excerpt() ?? "")'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The scalar's text, trimmed.
    func string(_ what: String) throws -> String {
        guard case .scalar(let scalar) = node, !isNull else {
            throw error("\(what) must be text, found \(shape)")
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw error("\(what) must not be empty") }
        return text
    }

    /// A list of texts; a single text counts as a list of one.
    func strings(_ what: String) throws -> [String] {
        switch node {
        case .sequence(let sequence): try sequence.map { try YAMLValue(node: $0, file: file).string("each of \(what)") }
        default: [try string(what)]
        }
    }

    /// The items of a list.
    func items(_ what: String) throws -> [YAMLValue] {
        if isNull { return [] }
        guard case .sequence(let sequence) = node else {
            throw error("\(what) must be a list (items starting with '- '), found \(shape)")
        }
        return sequence.map { YAMLValue(node: $0, file: file) }
    }

    /// The node as a mapping whose keys must be among `allowedKeys`.
    func mapping(_ what: String, allowedKeys: [String]) throws -> YAMLMapping {
        guard case .mapping(let mapping) = node else {
            throw error("\(what) must be a mapping of 'key: value' lines, found \(shape)")
        }
        var values: [String: YAMLValue] = [:]
        for (key, value) in mapping {
            let keyValue = YAMLValue(node: key, file: file)
            let name = try keyValue.string("a key")
            guard allowedKeys.contains(name) else {
                let hint = Suggestions.closest(to: name, among: allowedKeys).map { "did you mean '\($0)'? " } ?? ""
                throw keyValue.error(
                    "unknown field '\(name)' in \(what); \(hint)expected one of: \(allowedKeys.joined(separator: ", "))")
            }
            values[name] = YAMLValue(node: value, file: file)
        }
        return YAMLMapping(owner: self, what: what, values: values)
    }

    /// A name in one or two languages: either plain text or a `{ko: …, en: …}` mapping.
    ///
    /// Plain text counts as Korean when it holds Hangul, and as English otherwise.
    func localizedName(_ what: String) throws -> LocalizedName {
        if case .mapping = node {
            let fields = try mapping(what, allowedKeys: ["ko", "en"])
            let name = LocalizedName(korean: try fields.optionalString("ko"), english: try fields.optionalString("en"))
            if name.all.isEmpty { throw error("\(what) needs a 'ko' or an 'en' name") }
            return name
        }
        return LocalizedName(guessingLanguageOf: try string(what))
    }
}

extension YAMLValue {
    /// A mapping of texts to texts, in the order written; a list value is joined with `; `.
    ///
    /// - Parameters:
    ///   - what: the mapping, for messages (`'kind-map'`).
    ///   - keys: what a key is, for messages (`a kind code`).
    ///   - example: what the mapping holds, for the message when it is not a mapping.
    func textMapping(_ what: String, keys: String, example: String) throws -> OrderedDictionary<String, String> {
        guard case .mapping(let pairs) = node else {
            throw error("\(what) must be a mapping of \(example), found \(shape)")
        }
        var result = OrderedDictionary<String, String>()
        for (key, item) in pairs {
            let keyText = try YAMLValue(node: key, file: file).string(keys)
            result[keyText] = try YAMLValue(node: item, file: file).strings("the value of '\(keyText)' in \(what)").joined(separator: "; ")
        }
        return result
    }

    /// The root of the YAML document in `text`.
    ///
    /// - Throws: ``DatasetLoadError`` with libyaml's line and column for a syntax error, and
    ///   `whenEmpty` for a document with nothing in it.
    init(composing text: InputText, whenEmpty: String) throws {
        do {
            guard let node = try Yams.compose(yaml: text.string) else {
                throw DatasetLoadError(whenEmpty, at: SourceLocation(file: text.displayPath))
            }
            try Self.checkExpansion(of: node, sourceBytes: text.bytes.count, file: text.displayPath)
            self.init(node: node, file: text.displayPath)
        } catch let error as YamlError {
            throw DatasetLoadError(syntaxError: error, file: text.displayPath)
        }
    }
}

extension YAMLValue {
    /// Refuses a document whose aliases (`*name`, each standing for a copy of what `&name` marks)
    /// make it far larger than its file: a few kilobytes of nested aliases can stand for
    /// gigabytes ("billion laughs"). Without aliases a document holds at most as many nodes and
    /// bytes of text as its file; twice that plus a margin leaves room for honest aliases.
    ///
    /// - Complexity: O(the limit) at most: the walk stops as soon as it is passed.
    static func checkExpansion(of root: Node, sourceBytes: Int, file: String) throws {
        let limit = 2 * sourceBytes + 1_000_000
        var nodes = 0
        var bytes = 0
        var pending = [root]
        while let node = pending.popLast() {
            nodes += 1
            switch node {
            case .scalar(let scalar): bytes += scalar.string.utf8.count
            case .mapping(let mapping): for (key, value) in mapping { pending.append(key); pending.append(value) }
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .alias: break
            }
            guard nodes <= limit, bytes <= limit else {
                throw DatasetLoadError(
                    "the aliases (*name) in this YAML stand for more than \(limit / 1_000_000) MB of text and nodes, from a file of \(sourceBytes) bytes; write the values out instead of repeating an alias so often",
                    at: SourceLocation(file: file))
            }
        }
    }
}

/// The fields of a YAML mapping, read by name.
struct YAMLMapping {
    let owner: YAMLValue
    let what: String
    let values: [String: YAMLValue]

    /// The value of a field that must be present and not null.
    func required(_ key: String) throws -> YAMLValue {
        guard let value = values[key], !value.isNull else {
            throw owner.error("\(what) needs a '\(key)' field")
        }
        return value
    }

    /// The value of a field, or `nil` when it is absent or null.
    func optional(_ key: String) -> YAMLValue? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        try optional(key)?.string("'\(key)' in \(what)")
    }
}

extension LocalizedName {
    /// A name in one language: Korean when the text holds Hangul, English otherwise.
    public init(guessingLanguageOf text: String) {
        // Hangul starts at U+1100, whose UTF-8 starts with 0xE1: text without such a byte (an
        // ASCII id, say) is not looked at character by character.
        if text.utf8.contains(where: { $0 >= 0xE1 }), text.unicodeScalars.contains(where: \.isHangul) {
            self.init(korean: text)
        } else {
            self.init(english: text)
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a Hangul syllable or jamo.
    var isHangul: Bool {
        switch value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: true
        default: false
        }
    }
}
